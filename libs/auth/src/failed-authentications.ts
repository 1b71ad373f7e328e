import { HttpException, HttpStatus } from '@nestjs/common';

/** How many refused tokens a client may present in a window before it is answered 429. */
export interface FailedAuthenticationLimit {
  readonly limit: number;
  readonly windowSeconds: number;
}

/** Clients followed at once: past it the oldest window is forgotten, so many addresses cost bounded memory. */
export const MOST_CLIENTS_FOLLOWED = 10_000;

/** A client over its limit: the edge has no kind for it among the domain's errors, so an HttpException with a code. */
export class TooManyFailedAuthentications extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed authentications from this address; try again in ${retryAfterSeconds} s`, HttpStatus.TOO_MANY_REQUESTS, {
      errorCode: 'too_many_failed_authentications',
    });
  }
}

/**
 * Failed authentications per client in fixed windows, in memory: a client that keeps presenting tokens we refuse
 * is told to wait, while its accepted tokens are never counted nor refused. One process's count, not a cluster's.
 */
export class FailedAuthentications {
  private readonly windows = new Map<string, { failures: number; readonly endsAtMs: number }>();

  constructor(
    private readonly settings: FailedAuthenticationLimit,
    private readonly mostClients = MOST_CLIENTS_FOLLOWED,
  ) {}

  /** Counts one failure of `client` at `nowMs`; the seconds it must wait once over the limit, else undefined. */
  failed(client: string, nowMs: number): number | undefined {
    let window = this.windows.get(client);
    if (window === undefined || window.endsAtMs <= nowMs) {
      this.windows.delete(client);
      if (this.windows.size >= this.mostClients) this.windows.delete(this.windows.keys().next().value!);
      window = { failures: 0, endsAtMs: nowMs + this.settings.windowSeconds * 1000 };
      this.windows.set(client, window);
    }
    window.failures += 1;
    return window.failures > this.settings.limit ? Math.max(1, Math.ceil((window.endsAtMs - nowMs) / 1000)) : undefined;
  }

  /** How many clients are followed now. */
  get followed(): number {
    return this.windows.size;
  }
}
