import { Agent, request } from 'node:http';

export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
}

/** Keep-alive HTTP/1.1 to one server, with as many sockets as the load has workers. */
export class HttpClient {
  private readonly agent: Agent;

  constructor(
    private readonly baseUrl: string,
    sockets: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets });
  }

  send(method: string, path: string, { body, token }: { body?: unknown; token?: string } = {}): Promise<HttpAnswer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: Record<string, string> = {};
    if (payload !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) });
    if (token) headers.authorization = `Bearer ${token}`;
    return new Promise((resolve, reject) => {
      const req = request(new URL(path, this.baseUrl), { method, agent: this.agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Sends and fails loudly unless the status is the expected one. */
  async expect(status: number, method: string, path: string, options: { body?: unknown; token?: string } = {}): Promise<unknown> {
    const answer = await this.send(method, path, options);
    if (answer.status !== status) throw new Error(`${method} ${path} answered ${answer.status}, expected ${status}: ${answer.body.slice(0, 500)}`);
    return answer.body === '' ? undefined : (JSON.parse(answer.body) as unknown);
  }

  close(): void {
    this.agent.destroy();
  }
}
