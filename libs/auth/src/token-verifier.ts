import { errors, jwtVerify, type JWTPayload } from 'jose';
import type { AuthConfig } from './auth-config.js';
import { TokenExpired, TokenInvalid, TokenLifetimeTooLong } from './auth-errors.js';
import type { AuthenticatedActor } from './authenticated-actor.js';
import { isRole, ROLES } from './role.js';
import { verificationKey } from './verification-key.js';

/** Checks a bearer token and says who presents it; throws a 401 DomainError for any token we do not accept. */
export type TokenVerifier = (token: string) => Promise<AuthenticatedActor>;

// Failures the token itself causes; anything else (the JWKS server unreachable or answering garbage) is ours, a 500.
const REFUSALS = new Set([
  'ERR_JWS_INVALID',
  'ERR_JWT_INVALID',
  'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  'ERR_JOSE_ALG_NOT_ALLOWED',
  'ERR_JOSE_NOT_SUPPORTED',
  'ERR_JWKS_NO_MATCHING_KEY',
]);

/** Tokens verified lately: a client sends the same token with every request, and a signature check costs more than the rest of a small request. */
const MOST_REMEMBERED = 10_000;

export async function createTokenVerifier(config: Omit<AuthConfig, 'failedAuthentications'>, now: () => Date = () => new Date()): Promise<TokenVerifier> {
  const { key, algorithms } = await verificationKey(config.key);
  // Only accepted tokens, each until its own expiry: a refused one is checked again, and an expired one goes back to jose.
  const remembered = new Map<string, { readonly actor: AuthenticatedActor; readonly expiresAtMs: number }>();
  const options = {
    issuer: config.issuer,
    audience: config.audience,
    algorithms: [...algorithms],
    requiredClaims: ['sub', 'exp', 'iat'],
    // Also refuses an `iat` in the future, which would stretch a token's use past its stated lifetime.
    maxTokenAge: config.maxTokenLifetimeSeconds,
    // The issuer's clock and ours may disagree by a few seconds.
    clockTolerance: 30,
  };
  return async (token) => {
    const known = remembered.get(token);
    if (known && now().getTime() < known.expiresAtMs) return known.actor;
    try {
      const { payload } = await jwtVerify(token, key, { ...options, currentDate: now() });
      // `exp` and `iat` are required claims, checked by jwtVerify.
      const lifetimeSeconds = payload.exp! - payload.iat!;
      if (lifetimeSeconds > config.maxTokenLifetimeSeconds) throw new TokenLifetimeTooLong(lifetimeSeconds, config.maxTokenLifetimeSeconds);
      const actor = actorOf(payload);
      remembered.delete(token);
      if (remembered.size >= MOST_REMEMBERED) remembered.delete(remembered.keys().next().value!);
      remembered.set(token, { actor, expiresAtMs: payload.exp! * 1000 });
      return actor;
    } catch (error) {
      // An expired token is refused from now on: nothing to keep it for.
      remembered.delete(token);
      throw refusal(error);
    }
  };
}

function actorOf(payload: JWTPayload): AuthenticatedActor {
  const { sub, role, org } = payload;
  if (typeof sub !== 'string' || sub === '') throw new TokenInvalid('the "sub" claim must be a non-empty string', { claim: 'sub' });
  if (!isRole(role)) throw new TokenInvalid(`the "role" claim must be one of ${ROLES.join(', ')}`, { claim: 'role' });
  if (typeof org !== 'string' || org === '') throw new TokenInvalid('the "org" claim must be a non-empty string', { claim: 'org' });
  return { id: sub, role, organisation: org };
}

function refusal(error: unknown): unknown {
  if (error instanceof TokenInvalid || error instanceof TokenLifetimeTooLong) return error;
  if (error instanceof errors.JWTExpired) return new TokenExpired();
  if (error instanceof errors.JWTClaimValidationFailed) {
    return new TokenInvalid(`the "${error.claim}" claim is ${error.reason === 'missing' ? 'missing' : 'not accepted'}`, { claim: error.claim, reason: error.reason });
  }
  if (error instanceof errors.JOSEError && REFUSALS.has(error.code)) return new TokenInvalid(error.message);
  return error;
}
