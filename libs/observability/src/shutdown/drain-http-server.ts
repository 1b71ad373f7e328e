import type { Server } from 'node:http';

// Longer than any request should take; a client holding on past it is cut off so the shutdown ends.
const DRAIN_TIMEOUT_MS = 10_000;
const IDLE_SWEEP_MS = 100;

/** Stops accepting connections and resolves once the requests in flight are answered (or the timeout cuts them). */
export async function drainHttpServer(server: Server): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // A kept-alive connection goes idle once its request is answered: closing it lets `close` complete.
  const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  const cutOff = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
  server.closeIdleConnections();
  try {
    await closed;
  } finally {
    clearInterval(sweep);
    clearTimeout(cutOff);
  }
}
