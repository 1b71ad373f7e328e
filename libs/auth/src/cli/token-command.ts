import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type AuthConfig, localKeysDir, type TokenKeySource } from '../auth-config.js';
import { durationSeconds } from '../duration.js';
import { localKeyPair } from '../local-key-pair.js';
import { isRole, ROLES } from '../role.js';
import { signToken } from './sign-token.js';

export const TOKEN_USAGE = `Usage: npm run --silent token -- --role <role> --org <organisation> --sub <subject> [--name <name>] [--ttl <lifetime>] [--data-dir <dir>]

Prints a bearer token signed with the local key pair in <data-dir>/keys, the one the standalone app
verifies tokens with when none of AUTH_PUBLIC_KEY, AUTH_PUBLIC_KEY_FILE, AUTH_JWKS_URL is set.

  --role      ${ROLES.join(' | ')}
  --org       what the role acts for: a tax id (RUC), a checkpoint code, a facility id,
              or an authority (SERFOR, OSINFOR, ARFFS-UCAYALI, ...)
  --sub       who the token is for (a user id)
  --name      a display name (optional)
  --ttl       lifetime: a whole number of s, m, h or d (default 12h), at most
              AUTH_MAX_TOKEN_LIFETIME
  --data-dir  the app's data folder (default: DATA_DIR)

DATA_DIR, AUTH_ISSUER, AUTH_AUDIENCE and AUTH_MAX_TOKEN_LIFETIME are read as the app reads them
(README.md, Configuration).
`;

/** A mistake in the command line: the user gets the message and the usage. */
export class TokenUsageError extends Error {}

const KEY_VARIABLE: Readonly<Record<Exclude<TokenKeySource['kind'], 'local'>, string>> = { public_key: 'AUTH_PUBLIC_KEY', public_key_file: 'AUTH_PUBLIC_KEY_FILE', jwks: 'AUTH_JWKS_URL' };

/** What `npm run token` prints for these arguments under the app's auth configuration: a signed token, or the usage for `--help`. */
export async function tokenCommand(args: readonly string[], config: AuthConfig): Promise<string> {
  const { values } = parse(args);
  if (values.help) return TOKEN_USAGE;
  const { role, org, sub } = values;
  if (!isRole(role)) throw new TokenUsageError(`--role must be one of ${ROLES.join(', ')}`);
  if (!org) throw new TokenUsageError('--org is required');
  if (!sub) throw new TokenUsageError('--sub is required');
  const lifetimeSeconds = lifetime(values.ttl);
  if (lifetimeSeconds > config.maxTokenLifetimeSeconds) {
    throw new TokenUsageError(`--ttl ${values.ttl} is longer than the app accepts: AUTH_MAX_TOKEN_LIFETIME allows ${config.maxTokenLifetimeSeconds} s`);
  }
  if (config.key.kind !== 'local') {
    throw new Error(`${KEY_VARIABLE[config.key.kind]} is set, so the app does not accept tokens signed with the local key pair: get one from that key's issuer`);
  }
  // Another app's folder: its key pair, where that app finds it.
  const { privateKey } = await localKeyPair(values['data-dir'] === undefined ? config.key.dir : localKeysDir(resolve(values['data-dir'])));
  return signToken(
    { issuer: config.issuer, audience: config.audience, subject: sub, role, organisation: org, name: values.name, lifetimeSeconds },
    privateKey,
  );
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        role: { type: 'string' },
        org: { type: 'string' },
        sub: { type: 'string' },
        name: { type: 'string' },
        ttl: { type: 'string', default: '12h' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new TokenUsageError(error instanceof Error ? error.message : String(error));
  }
}

function lifetime(text: string): number {
  const seconds = durationSeconds(text);
  if (seconds === undefined) throw new TokenUsageError(`--ttl must be a whole number of s, m, h or d (like 30m or 12h), got "${text}"`);
  return seconds;
}
