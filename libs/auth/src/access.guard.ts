import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { ACCESS, type Access } from './access.decorators.js';
import { NoAccessRule, RoleNotAllowed, TokenMissing } from './auth-errors.js';
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
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS, [context.getHandler(), context.getClass()]);
    // Deny by default: forgetting to declare who may call an endpoint must close it, not open it.
    if (access === undefined) throw new NoAccessRule();
    if (access.kind === 'public') return true;
    const http = context.switchToHttp();
    // What a token opens is for its holder alone, its refusals included: no cache on the way may keep a copy.
    http.getResponse<ServerResponse>().setHeader('Cache-Control', 'no-store');
    const request = http.getRequest<{ headers: IncomingHttpHeaders }>();
    const actor = await this.verify(bearerToken(request.headers));
    if (!access.roles.includes(actor.role)) throw new RoleNotAllowed(actor.role, access.roles);
    attachActor(request, actor);
    return true;
  }
}

function bearerToken(headers: IncomingHttpHeaders): string {
  const match = /^Bearer +(\S+) *$/i.exec(headers.authorization ?? '');
  if (match?.[1] === undefined) throw new TokenMissing();
  return match[1];
}
