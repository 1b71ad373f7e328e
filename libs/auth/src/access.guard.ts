import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { HttpAdapterHost, Reflector } from '@nestjs/core';
import type { IncomingHttpHeaders } from 'node:http';
import { DomainError } from '#shared-kernel';
import { ACCESS, type Access } from './access.decorators.js';
import { NoAccessRule, RoleNotAllowed, TokenMissing } from './auth-errors.js';
import type { AuthenticatedActor } from './authenticated-actor.js';
import { FailedAuthentications, TooManyFailedAuthentications } from './failed-authentications.js';
import { attachActor } from './request-actor.js';
import type { TokenVerifier } from './token-verifier.js';

/** Injection token of the process's `TokenVerifier`. */
export const TOKEN_VERIFIER = Symbol('TokenVerifier');

/** Runs before every endpoint: public ones pass, role ones need a token for one of their roles, all others are refused. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier,
    private readonly failures: FailedAuthentications,
    private readonly http: HttpAdapterHost,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS, [context.getHandler(), context.getClass()]);
    // Deny by default: forgetting to declare who may call an endpoint must close it, not open it.
    if (access === undefined) throw new NoAccessRule();
    if (access.kind === 'public') return true;
    const http = context.switchToHttp();
    const response: unknown = http.getResponse();
    // What a token opens is for its holder alone, its refusals included: no cache on the way may keep a copy.
    this.http.httpAdapter.setHeader(response, 'Cache-Control', 'no-store');
    const request = http.getRequest<ClientRequest>();
    const actor = await this.verified(bearerToken(request.headers), request, response);
    if (!access.roles.includes(actor.role)) throw new RoleNotAllowed(actor.role, access.roles);
    attachActor(request, actor);
    return true;
  }

  /** The token's actor; a refused token counts against its client, answered 429 past the limit. A missing one does not. */
  private async verified(token: string, request: ClientRequest, response: unknown): Promise<AuthenticatedActor> {
    try {
      return await this.verify(token);
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'unauthenticated') throw error;
      const retryAfterSeconds = this.failures.failed(clientOf(request), Date.now());
      if (retryAfterSeconds === undefined) throw error;
      this.http.httpAdapter.setHeader(response, 'Retry-After', String(retryAfterSeconds));
      throw new TooManyFailedAuthentications(retryAfterSeconds);
    }
  }
}

interface ClientRequest {
  readonly headers: IncomingHttpHeaders;
  /** The server's, which honours its trust proxy setting (off: the socket's address). */
  readonly ip?: string;
  readonly socket?: { readonly remoteAddress?: string };
}

function clientOf(request: ClientRequest): string {
  return request.ip ?? request.socket?.remoteAddress ?? 'unknown';
}

function bearerToken(headers: IncomingHttpHeaders): string {
  const match = /^Bearer +(\S+) *$/i.exec(headers.authorization ?? '');
  if (match?.[1] === undefined) throw new TokenMissing();
  return match[1];
}
