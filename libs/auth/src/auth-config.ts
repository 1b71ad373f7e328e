import { join } from 'node:path';
import { durationSeconds } from './duration.js';
import type { FailedAuthenticationLimit } from './failed-authentications.js';

/** Where the key that verifies tokens comes from. */
export type TokenKeySource =
  | { readonly kind: 'public_key'; readonly pem: string }
  | { readonly kind: 'public_key_file'; readonly path: string }
  | { readonly kind: 'jwks'; readonly url: string }
  /** A key pair in this folder, generated on first use: for local use, where `npm run token` signs with it. */
  | { readonly kind: 'local'; readonly dir: string };

export interface AuthConfig {
  readonly issuer: string;
  readonly audience: string;
  readonly key: TokenKeySource;
  /** The longest a token may be valid, `exp - iat`: a stolen token is of use for no longer than this. */
  readonly maxTokenLifetimeSeconds: number;
  /** Refused tokens a client may present per window before it is answered 429. */
  readonly failedAuthentications: FailedAuthenticationLimit;
}

/** A working day: the token command's default lifetime, and the most an issuer may grant unless told otherwise. */
const MAX_TOKEN_LIFETIME = '12h';

/** A client whose token expired retries a few times before it fetches another; twenty refusals a minute is past that. */
const FAILURE_LIMIT = '20';
const FAILURE_WINDOW = '1m';

const KEY_VARIABLES = ['AUTH_PUBLIC_KEY', 'AUTH_PUBLIC_KEY_FILE', 'AUTH_JWKS_URL'] as const;

/** Reads AUTH_* once at start; with no key configured, the local key pair in `<dataDir>/keys`. */
export function authConfig(env: NodeJS.ProcessEnv, dataDir: string): AuthConfig {
  return {
    issuer: nonEmpty(env.AUTH_ISSUER) ?? 'timber-trace',
    audience: nonEmpty(env.AUTH_AUDIENCE) ?? 'timber-trace-api',
    key: keySource(env, dataDir),
    maxTokenLifetimeSeconds: duration('AUTH_MAX_TOKEN_LIFETIME', nonEmpty(env.AUTH_MAX_TOKEN_LIFETIME) ?? MAX_TOKEN_LIFETIME),
    failedAuthentications: {
      limit: count('AUTH_FAILURE_LIMIT', nonEmpty(env.AUTH_FAILURE_LIMIT) ?? FAILURE_LIMIT),
      windowSeconds: duration('AUTH_FAILURE_WINDOW', nonEmpty(env.AUTH_FAILURE_WINDOW) ?? FAILURE_WINDOW),
    },
  };
}

/** The folder of the local key pair, shared by the app and the token command. */
export function localKeysDir(dataDir: string): string {
  return join(dataDir, 'keys');
}

function keySource(env: NodeJS.ProcessEnv, dataDir: string): TokenKeySource {
  const set = KEY_VARIABLES.filter((name) => nonEmpty(env[name]) !== undefined);
  if (set.length > 1) throw new Error(`Set only one of ${KEY_VARIABLES.join(', ')}; got ${set.join(' and ')}`);
  const pem = nonEmpty(env.AUTH_PUBLIC_KEY);
  // An env file often holds a PEM on one line with its line breaks written as "\n".
  if (pem !== undefined) return { kind: 'public_key', pem: pem.replaceAll('\\n', '\n') };
  const path = nonEmpty(env.AUTH_PUBLIC_KEY_FILE);
  if (path !== undefined) return { kind: 'public_key_file', path };
  const url = nonEmpty(env.AUTH_JWKS_URL);
  if (url !== undefined) return { kind: 'jwks', url: jwksUrl(url) };
  return { kind: 'local', dir: localKeysDir(dataDir) };
}

// Keys fetched over plain HTTP could be swapped on the way; only a server on this machine is spared TLS.
function jwksUrl(text: string): string {
  const url = URL.parse(text);
  const loopback = url !== null && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url?.protocol === 'https:' || (url?.protocol === 'http:' && loopback)) return url.href;
  throw new Error(`AUTH_JWKS_URL must be an https URL (http only for localhost), got "${text}"`);
}

function count(name: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > 1_000_000) throw new Error(`${name} must be an integer from 1 to 1000000, got "${text}"`);
  return value;
}

function duration(name: string, text: string): number {
  const seconds = durationSeconds(text);
  if (seconds === undefined) throw new Error(`${name} must be a whole number of s, m, h or d (like 30m or 12h), got "${text}"`);
  return seconds;
}

// `VAR=` in a shell or a compose file means unset.
function nonEmpty(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
}
