import { integer, text } from './setting-kinds.js';
import { setting } from './setting.js';

/** Where the API listens. */
export const HTTP_SETTINGS = {
  port: setting({ name: 'PORT', fallback: '3000', meaning: 'the port the API listens on (0: any free one)', ...integer(0, 65535) }),
  // Loopback unless asked: exposing the service is a decision, not a default.
  host: setting({ name: 'HOST', fallback: '127.0.0.1', meaning: 'the address the API listens on (`0.0.0.0`: every interface)', ...text }),
} as const;
