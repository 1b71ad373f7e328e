import { standaloneConfig } from '../../apps/standalone/src/config.js';

/** Where the seed looks for the app: SEED_URL if set, else where `npm start` listens with the same PORT and HOST. */
export function seedUrl(env: NodeJS.ProcessEnv): string {
  if (env.SEED_URL) return env.SEED_URL;
  const { host, port } = standaloneConfig(env);
  return `http://${reachable(host)}:${port}`;
}

/** An app listening on every interface is reached on loopback; an IPv6 address is bracketed in a URL. */
function reachable(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
