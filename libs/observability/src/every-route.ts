import { RequestMethod } from '@nestjs/common';

/** Every path, `/` included, for middleware: the Fastify adapter matched nestjs-pino's default (`{/*splat}`) to `/` alone. */
export const EVERY_ROUTE = { path: '/{*splat}', method: RequestMethod.ALL };
