import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { type HttpAnswer, HttpClient } from '../shared/http-client.js';

/** The three calls the bench times, each failing loudly on an answer other than the one expected. */
export class CertificateCalls {
  /** Every certificate issued so far, for the verifications. */
  readonly issued: string[] = [];
  /** Bytes of the last JWS answered, to compare what the app and the floor sign. */
  jwsBytes = 0;
  private requested = 0;
  private http: HttpClient;
  // The shared client sends no header of a request's own; the Idempotency-Key needs one.
  private issuer: Agent;

  constructor(
    private readonly baseUrl: string,
    private readonly exporterToken: string,
    private readonly productLotIds: readonly string[],
    private readonly issueConcurrency: number,
    private readonly verifyConcurrency: number,
  ) {
    this.http = new HttpClient(baseUrl, verifyConcurrency);
    this.issuer = new Agent({ keepAlive: true, maxSockets: issueConcurrency });
  }

  /** New sockets for the next phase: one idle past the server's keep-alive timeout may be closed as a request goes out on it. */
  reconnect(): void {
    this.close();
    this.http = new HttpClient(this.baseUrl, this.verifyConcurrency);
    this.issuer = new Agent({ keepAlive: true, maxSockets: this.issueConcurrency });
  }

  /** `POST /certificates` for the next product with a fresh Idempotency-Key: a new certificate judged on the whole lineage each time. */
  async issue(): Promise<void> {
    const productLotId = this.productLotIds[this.requested++ % this.productLotIds.length]!;
    const answer = await this.post('/certificates', { productLotId }, { authorization: `Bearer ${this.exporterToken}`, 'idempotency-key': randomUUID() });
    if (answer.status !== 201) throw new Error(`POST /certificates for ${productLotId} answered ${answer.status}, expected 201: ${answer.body.slice(0, 500)}`);
    const { certificateId, status, jws } = JSON.parse(answer.body) as { certificateId: string; status: string; jws: string };
    this.jwsBytes = jws.length;
    if (status !== 'valid') throw new Error(`Certificate ${certificateId} for ${productLotId} was issued ${status}, expected valid`);
    this.issued.push(certificateId);
  }

  /** `GET /certificates/{id}/verification` (public) of one of the certificates issued, spread over all of them. */
  async verify(worker: number, call: number): Promise<void> {
    const id = this.issued[(worker * 7919 + call) % this.issued.length]!;
    const answer = await this.http.send('GET', `/certificates/${id}/verification`);
    if (answer.status !== 200) throw new Error(`GET /certificates/${id}/verification answered ${answer.status}, expected 200: ${answer.body.slice(0, 300)}`);
    const verified = JSON.parse(answer.body) as { signature: string; status: string; certificateId: string };
    if (verified.signature !== 'valid' || verified.status !== 'valid' || verified.certificateId !== id) throw new Error(`Verification of ${id} answered ${answer.body.slice(0, 300)}`);
  }

  /** The liveness route: public, answers a constant, reads nothing. */
  async noop(): Promise<void> {
    const answer = await this.http.send('GET', '/health');
    if (answer.status !== 200) throw new Error(`GET /health answered ${answer.status}`);
  }

  close(): void {
    this.http.close();
    this.issuer.destroy();
  }

  private post(path: string, body: unknown, headers: Record<string, string>): Promise<HttpAnswer> {
    const payload = JSON.stringify(body);
    const all = { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) };
    return new Promise((resolve, reject) => {
      const req = request(new URL(path, this.baseUrl), { method: 'POST', agent: this.issuer, headers: all }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  }
}
