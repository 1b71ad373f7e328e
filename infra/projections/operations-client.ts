import type { AuthConfig } from '#auth';
import { tokenCommand } from '#auth';

type Position = { readonly commit: string; readonly prepare: string };

/** A build as `GET /operations/projections` answers it. */
export interface RebuildAnswer {
  readonly version: number;
  readonly table: string;
  readonly reason: string;
  readonly startedAt: string;
  readonly events: number;
  readonly total: number;
  readonly position: Position;
  readonly failure?: string;
}

/** A read model as `GET /operations/projections` answers it: a live view has a name, its lifecycle and its streams only. */
export interface ReadModelAnswer {
  readonly name: string;
  readonly lifecycle: string;
  readonly streams?: string;
  readonly version?: number;
  readonly activeVersion?: number;
  readonly table?: string;
  readonly position?: Position;
  readonly headPosition?: Position;
  readonly lag?: number;
  readonly rebuilding?: RebuildAnswer;
}

/** An answer other than the one asked for, with the error contract's message when the app gave one. */
export class OperationsError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The operator's read-model endpoints of a running app, called with an operator token the app's key pair signs. */
export class OperationsClient {
  private token?: Promise<string>;

  constructor(
    readonly baseUrl: string,
    private readonly auth: AuthConfig,
  ) {}

  readModels(): Promise<ReadModelAnswer[]> {
    return this.send('GET', '/operations/projections', 200);
  }

  rebuild(name: string): Promise<ReadModelAnswer> {
    return this.send('POST', `/operations/projections/${encodeURIComponent(name)}/rebuild`, 202);
  }

  private async send<T>(method: string, path: string, expected: number): Promise<T> {
    this.token ??= tokenCommand(['--role', 'operator', '--org', 'OPERATIONS', '--sub', 'projections-command', '--name', 'npm run projections', '--ttl', '1h'], this.auth);
    const url = new URL(path, this.baseUrl);
    const response = await fetch(url, { method, headers: { authorization: `Bearer ${await this.token}` } }).catch((error: unknown) => {
      throw new OperationsError(0, `Nothing answered at ${this.baseUrl} (${(error as { cause?: { code?: string } }).cause?.code ?? String(error)}): start the app with \`npm start\`, or give --url where it listens.`);
    });
    const text = await response.text();
    const answer: unknown = text === '' ? undefined : JSON.parse(text);
    if (response.status === 401) throw new OperationsError(401, `The app at ${this.baseUrl} refused the operator's token: run this with the DATA_DIR (or AUTH_*) the app uses, so both read the same keys.`);
    if (response.status !== expected) throw new OperationsError(response.status, `${method} ${url.pathname} answered ${response.status}: ${(answer as { message?: string } | undefined)?.message ?? text}`);
    return answer as T;
  }
}
