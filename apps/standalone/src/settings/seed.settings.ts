import { url } from './setting-kinds.js';
import { setting } from './setting.js';

/** `npm run seed` only: which app it loads the demo into. */
export const SEED_SETTINGS = {
  seedUrl: setting({ name: 'SEED_URL', meaning: '`npm run seed` only: the base URL of the app to load the demo into, instead of where `PORT` and `HOST` say', ...url(['http:', 'https:'], 'an http:// or https:// URL') }),
} as const;

/** Where an app listening on `host` and `port` is reached from this machine: on loopback when on every interface, an IPv6 address bracketed. */
export function reachableUrl(host: string, port: number): string {
  if (host === '0.0.0.0') return `http://127.0.0.1:${port}`;
  if (host === '::') return `http://[::1]:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
