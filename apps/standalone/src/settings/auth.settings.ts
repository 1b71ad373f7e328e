import { type AuthConfig, localKeysDir, type TokenKeySource } from '#auth/cli';
import { duration, integer, text } from './setting-kinds.js';
import { type Kind, setting, type Values } from './setting.js';

// Keys fetched over plain HTTP could be swapped on the way; only a server on this machine is spared TLS.
const jwksUrl: Kind<string> = {
  expected: 'an https URL (http only for localhost)',
  parse: (value) => {
    const url = URL.parse(value);
    const loopback = url !== null && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return url?.protocol === 'https:' || (url?.protocol === 'http:' && loopback) ? url.href : undefined;
  },
};

// An env file often holds a PEM on one line with its line breaks written as "\n".
const pem: Kind<string> = { expected: 'a PEM', parse: (value) => value.replaceAll('\\n', '\n') };

/** How tokens are verified, and how many refused ones a client may present. */
export const AUTH_SETTINGS = {
  publicKey: setting({ name: 'AUTH_PUBLIC_KEY', meaning: 'the token issuer’s public key, PEM (an env file may write its line breaks as `\\n`)', ...pem }),
  publicKeyFile: setting({ name: 'AUTH_PUBLIC_KEY_FILE', meaning: 'a file holding the issuer’s PEM public key (or the X.509 PEM that carries it)', ...text }),
  jwksUrl: setting({ name: 'AUTH_JWKS_URL', meaning: 'the issuer’s JWKS, https (http only on localhost); keys picked by `kid` and cached', ...jwksUrl }),
  issuer: setting({ name: 'AUTH_ISSUER', fallback: 'timber-trace', meaning: 'the `iss` a token must carry', ...text }),
  audience: setting({ name: 'AUTH_AUDIENCE', fallback: 'timber-trace-api', meaning: 'the `aud` a token must carry', ...text }),
  // A working day: the most an issuer may grant unless told otherwise.
  maxTokenLifetimeSeconds: setting({ name: 'AUTH_MAX_TOKEN_LIFETIME', fallback: '12h', meaning: 'the longest `exp - iat` accepted: longer, or no `iat`, is refused 401', ...duration }),
  // A client whose token expired retries a few times before it fetches another; twenty refusals a minute is past that.
  failureLimit: setting({ name: 'AUTH_FAILURE_LIMIT', fallback: '20', meaning: 'refused tokens one address may present per window before it is answered 429', ...integer(1, 1_000_000) }),
  failureWindowSeconds: setting({ name: 'AUTH_FAILURE_WINDOW', fallback: '1m', meaning: 'that window', ...duration }),
} as const;

const KEY_SETTINGS = [AUTH_SETTINGS.publicKey, AUTH_SETTINGS.publicKeyFile, AUTH_SETTINGS.jwksUrl];

/** At most one key source: the one that verifies tokens must be unambiguous. */
export function oneKeySource(env: NodeJS.ProcessEnv): readonly string[] {
  const set = KEY_SETTINGS.filter(({ name }) => (env[name] ?? '') !== '').map(({ name }) => name);
  return set.length > 1 ? [`Set only one of ${KEY_SETTINGS.map(({ name }) => name).join(', ')}; got ${set.join(' and ')}`] : [];
}

/** With no key configured, the local key pair in `<dataDir>/keys`, which `npm run token` signs with. */
export function authConfig(values: Values<typeof AUTH_SETTINGS>, dataDir: string): AuthConfig {
  return {
    issuer: values.issuer,
    audience: values.audience,
    key: keySource(values, dataDir),
    maxTokenLifetimeSeconds: values.maxTokenLifetimeSeconds,
    failedAuthentications: { limit: values.failureLimit, windowSeconds: values.failureWindowSeconds },
  };
}

function keySource({ publicKey, publicKeyFile, jwksUrl }: Values<typeof AUTH_SETTINGS>, dataDir: string): TokenKeySource {
  if (publicKey !== undefined) return { kind: 'public_key', pem: publicKey };
  if (publicKeyFile !== undefined) return { kind: 'public_key_file', path: publicKeyFile };
  if (jwksUrl !== undefined) return { kind: 'jwks', url: jwksUrl };
  return { kind: 'local', dir: localKeysDir(dataDir) };
}
