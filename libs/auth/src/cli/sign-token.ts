import type { KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { LOCAL_ALGORITHM } from '../local-key-pair.js';
import type { Role } from '../role.js';

export interface TokenRequest {
  readonly issuer: string;
  readonly audience: string;
  readonly subject: string;
  readonly role: Role;
  readonly organisation: string;
  readonly name?: string;
  readonly lifetimeSeconds: number;
}

/** A token as the app expects one: `sub`, `role`, `org`, optional `name`, for its issuer and audience. */
export function signToken(request: TokenRequest, privateKey: KeyObject): Promise<string> {
  const issuedAt = Math.floor(Date.now() / 1000);
  const claims = { role: request.role, org: request.organisation, ...(request.name === undefined ? {} : { name: request.name }) };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: LOCAL_ALGORITHM, typ: 'JWT' })
    .setIssuer(request.issuer)
    .setAudience(request.audience)
    .setSubject(request.subject)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + request.lifetimeSeconds)
    .sign(privateKey);
}
