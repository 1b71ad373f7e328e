import { DomainError } from '#shared-kernel';
import type { Role } from './role.js';

export class TokenMissing extends DomainError {
  constructor() {
    super('unauthenticated', 'token_missing', 'This endpoint needs a bearer token: Authorization: Bearer <token>');
  }
}

/** Malformed, signed by another key, meant for another issuer or audience, or lacking a claim we need. */
export class TokenInvalid extends DomainError {
  constructor(reason: string, details: Readonly<Record<string, unknown>> = {}) {
    super('unauthenticated', 'token_invalid', `The bearer token is not valid: ${reason}`, details);
  }
}

export class TokenExpired extends DomainError {
  constructor() {
    super('unauthenticated', 'token_expired', 'The bearer token has expired');
  }
}

/** Valid for longer than this service accepts (`exp - iat`), however it was signed: such a token is refused outright. */
export class TokenLifetimeTooLong extends DomainError {
  constructor(lifetimeSeconds: number, maxLifetimeSeconds: number) {
    super('unauthenticated', 'token_lifetime_too_long', `The bearer token is valid for ${lifetimeSeconds} s; this service accepts tokens valid for ${maxLifetimeSeconds} s at most`, {
      lifetimeSeconds,
      maxLifetimeSeconds,
    });
  }
}

export class RoleNotAllowed extends DomainError {
  constructor(role: string, allowed: readonly Role[]) {
    super('forbidden', 'role_not_allowed', `This endpoint is open to ${allowed.join(', ')}; the token is for ${role}`, { role, allowed });
  }
}

/** Deny by default: an endpoint that declares neither `@Roles(...)` nor `@Public()` is open to no one. */
export class NoAccessRule extends DomainError {
  constructor() {
    super('forbidden', 'no_access_rule', 'No one may call this endpoint: it declares no access rule');
  }
}

/** The actor holds a role, but not for the organisation the act belongs to (or not the role the act needs). */
export class NotActingFor extends DomainError {
  constructor(message: string, details: Readonly<Record<string, unknown>>) {
    super('forbidden', 'not_acting_for', message, details);
  }
}
