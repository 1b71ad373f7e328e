import { createServer } from 'node:http';
import { PGlite } from '@electric-sql/pglite';

// The floor under the embedded app's start: PGlite opened on the data folder (created on the first start) and
// one query, behind a bare /health. What the embedded default costs before any of the app's own work.

async function main() {
  const { DATA_DIR: dataDir, PORT: port } = process.env;
  if (!dataDir || !port) throw new Error('DATA_DIR and PORT are required');
  const db = await PGlite.create(dataDir);
  await db.query('SELECT 1');
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'));
  server.listen(Number(port), '127.0.0.1');
  process.once('SIGTERM', () => server.close(() => void db.close().then(() => process.exit(0))));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
