import { join } from 'node:path';
import type { FailedAuthenticationLimit } from './failed-authentications.js';

/** Where the key that verifies tokens comes from. */
export type TokenKeySource =
  | { readonly kind: 'public_key'; readonly pem: string }
  | { readonly kind: 'public_key_file'; readonly path: string }
  | { readonly kind: 'jwks'; readonly url: string }
  /** A key pair in this folder, generated on first use: for local use, where `npm run token` signs with it. */
  | { readonly kind: 'local'; readonly dir: string };

/** What auth is configured with, read by the app at start and passed to `AuthModule.forRoot`. */
export interface AuthConfig {
  readonly issuer: string;
  readonly audience: string;
  readonly key: TokenKeySource;
  /** The longest a token may be valid, `exp - iat`: a stolen token is of use for no longer than this. */
  readonly maxTokenLifetimeSeconds: number;
  /** Refused tokens a client may present per window before it is answered 429. */
  readonly failedAuthentications: FailedAuthenticationLimit;
}

/** The folder of the local key pair, shared by the app and the token command. */
export function localKeysDir(dataDir: string): string {
  return join(dataDir, 'keys');
}
