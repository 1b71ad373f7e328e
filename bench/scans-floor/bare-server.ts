import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import postgres from 'postgres';
import { STORAGE_SETTINGS } from '../../apps/standalone/src/settings/storage.settings.js';
import type { ScanShipmentDto } from '../../libs/custody/src/scanning/scan-shipment/scan-shipment.dto.js';
import { FloorScans, type RecordedScan } from './floor-scans.js';
import { sendJson } from '../shared/json-answer.js';

// The machine's floor for a scan: bare node:http, no framework, no validation beyond parsing, the raw route's one
// prepared read and one prepared insert, and the same ~4 KB answer. What no app on this machine can beat.

const ROUTE = /^\/checkpoints\/([^/]+)\/scans$/;

async function main() {
  const { DATABASE_URL: url, FLOOR_SCHEMA: schema, PORT: port } = process.env;
  if (!url || !schema || !port) throw new Error('DATABASE_URL, FLOOR_SCHEMA and PORT are required');
  const sql = postgres(url, { max: Number(process.env.FLOOR_POOL ?? STORAGE_SETTINGS.databasePoolSize.fallback), onnotice: () => undefined });
  await FloorScans.prepare(sql, schema);
  const floor = new FloorScans(sql, schema, JSON.parse(await readFile('bench/scans-floor/recorded-scan.json', 'utf8')) as RecordedScan);
  const server = createServer((request, response) => void answer(floor, request, response));
  server.keepAliveTimeout = 60_000;
  server.listen(Number(port), '127.0.0.1');
  process.once('SIGTERM', () => server.close(() => void sql.end({ timeout: 5 }).then(() => process.exit(0))));
}

async function answer(floor: FloorScans, request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    if (request.method === 'GET' && request.url === '/health') return sendJson(response, 200, '{"status":"ok"}');
    const code = request.method === 'POST' ? ROUTE.exec(request.url ?? '')?.[1] : undefined;
    if (code === undefined) return sendJson(response, 404, '{"error":"not_found"}');
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const scan = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ScanShipmentDto;
    sendJson(response, 201, JSON.stringify(await floor.raw(code, scan)));
  } catch (error) {
    sendJson(response, 500, JSON.stringify({ error: String(error) }));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
