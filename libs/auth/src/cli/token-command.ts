import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { authConfig, type TokenKeySource } from '../auth-config.js';
import { durationSeconds } from '../duration.js';
import { localKeyPair } from '../local-key-pair.js';
import { isRole, ROLES } from '../role.js';
import { signToken } from './sign-token.js';

export const USAGE = `Usage: npm run --silent token -- --role <role> --org <organisation> --sub <subject> [--name <name>] [--ttl <lifetime>] [--data-dir <dir>]

Prints a bearer token signed with the local key pair in <data-dir>/keys, the one the standalone app
verifies tokens with when none of AUTH_PUBLIC_KEY, AUTH_PUBLIC_KEY_FILE, AUTH_JWKS_URL is set.

  --role      ${ROLES.join(' | ')}
  --org       what the role acts for: a tax id (RUC), a checkpoint code, a facility id,
              or an authority (SERFOR, OSINFOR, ARFFS-UCAYALI, ...)
  --sub       who the token is for (a user id)
  --name      a display name (optional)
  --ttl       lifetime: a whole number of s, m, h or d (default 12h), at most
              AUTH_MAX_TOKEN_LIFETIME (12h unless set)
  --data-dir  the app's data folder (default: DATA_DIR, else .data/standalone)

AUTH_ISSUER, AUTH_AUDIENCE and AUTH_MAX_TOKEN_LIFETIME are read as the app reads them.
`;

/** A mistake in the command line: the user gets the message and the usage. */
export class UsageError extends Error {}

const KEY_VARIABLE: Readonly<Record<Exclude<TokenKeySource['kind'], 'local'>, string>> = { public_key: 'AUTH_PUBLIC_KEY', public_key_file: 'AUTH_PUBLIC_KEY_FILE', jwks: 'AUTH_JWKS_URL' };

/** What `npm run token` prints for these arguments: a signed token, or the usage for `--help`. */
export async function tokenCommand(args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { values } = parse(args);
  if (values.help) return USAGE;
  const { role, org, sub } = values;
  if (!isRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  if (!org) throw new UsageError('--org is required');
  if (!sub) throw new UsageError('--sub is required');
  const lifetimeSeconds = lifetime(values.ttl);
  // The standalone app's own default for DATA_DIR, so both find the same keys.
  const config = authConfig(env, resolve(values['data-dir'] ?? (env.DATA_DIR || '.data/standalone')));
  if (lifetimeSeconds > config.maxTokenLifetimeSeconds) {
    throw new UsageError(`--ttl ${values.ttl} is longer than the app accepts: AUTH_MAX_TOKEN_LIFETIME allows ${config.maxTokenLifetimeSeconds} s`);
  }
  if (config.key.kind !== 'local') {
    throw new Error(`${KEY_VARIABLE[config.key.kind]} is set, so the app does not accept tokens signed with the local key pair: get one from that key's issuer`);
  }
  const { privateKey } = await localKeyPair(config.key.dir);
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
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function lifetime(text: string): number {
  const seconds = durationSeconds(text);
  if (seconds === undefined) throw new UsageError(`--ttl must be a whole number of s, m, h or d (like 30m or 12h), got "${text}"`);
  return seconds;
}
