import { setTimeout as sleep } from 'node:timers/promises';
import { type AuthConfig, tokenCommand } from '#auth';

/** Who calls: a role acting for one organisation, as tokens name them. */
export interface Caller {
  readonly role: 'regulator' | 'permit_holder' | 'processor' | 'checkpoint_operator' | 'exporter';
  readonly org: string;
}

/** An answer other than the one the step expects, with the error contract's body. */
export class ApiError extends Error {
  constructor(
    readonly call: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${call} answered ${status}: ${JSON.stringify(body)}`);
  }
}

/** The real HTTP API of a running app, each caller with a token signed by the local key pair the app's configuration names. */
export class ApiClient {
  private readonly tokens = new Map<string, Promise<string>>();

  constructor(
    readonly baseUrl: string,
    private readonly auth: AuthConfig,
  ) {}

  /** Sends with an Idempotency-Key, so running the seed again replays the first answer instead of acting twice. */
  async post<T>(caller: Caller, path: string, body: unknown, idempotencyKey: string, expected = 201): Promise<T> {
    return this.send<T>('POST', caller, path, expected, body, idempotencyKey);
  }

  async get<T>(caller: Caller, path: string): Promise<T> {
    return this.send<T>('GET', caller, path, 200);
  }

  /** GET that answers undefined for 404: for effects other contexts make asynchronously. */
  async find<T>(caller: Caller, path: string): Promise<T | undefined> {
    try {
      return await this.get<T>(caller, path);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  /** Polls `probe` until it answers something, for effects that follow a command asynchronously (read models, other contexts). */
  async until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await probe();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`Gave up waiting ${timeoutMs / 1000} s for ${what}`);
      await sleep(100);
    }
  }

  private async send<T>(method: string, caller: Caller, path: string, expected: number, body?: unknown, idempotencyKey?: string): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${await this.token(caller)}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
    const response = await fetch(new URL(path, this.baseUrl), { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await response.text();
    const answer: unknown = text === '' ? undefined : JSON.parse(text);
    if (response.status !== expected) throw new ApiError(`${method} ${path}`, response.status, answer);
    return answer as T;
  }

  private token({ role, org }: Caller): Promise<string> {
    const key = `${role}/${org}`;
    if (!this.tokens.has(key)) this.tokens.set(key, tokenCommand(['--role', role, '--org', org, '--sub', 'demo-seed', '--name', 'Demo seed', '--ttl', '1h'], this.auth));
    return this.tokens.get(key)!;
  }
}
