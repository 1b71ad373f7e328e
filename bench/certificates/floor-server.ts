import { randomUUID, type webcrypto } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import postgres from 'postgres';
import { STORAGE_SETTINGS } from '../../apps/standalone/src/settings/storage.settings.js';
import { LINEAGE_VIEW_SQL } from '../../libs/certificates/src/lineage/lineage.read-model.js';
import { sendJson } from '../shared/json-answer.js';

// The machine's floor for an issuance: bare node:http, no framework, no token, no judgement. The app's own lineage
// read (one prepared statement over its read model), a payload of what the lineage's extracted lots state, an Ed25519
// JWS over it, one prepared insert of the document, and the JWS answered. What no app on this machine can beat.

type Row = { id: string; share: number | null; depth: number | null; data: { origin?: unknown } | null };

async function main() {
  const { DATABASE_URL: url, READ_MODEL_SCHEMA: readSchema, FLOOR_SCHEMA: schema, PORT: port } = process.env;
  if (!url || !readSchema || !schema || !port) throw new Error('DATABASE_URL, READ_MODEL_SCHEMA, FLOOR_SCHEMA and PORT are required');
  // The app's sessions run without JIT, which would compile the walk's generic plan on each call.
  const sql = postgres(url, { max: Number(STORAGE_SETTINGS.databasePoolSize.fallback), onnotice: () => undefined, connection: { jit: 'off' } });
  const [projection] = await sql<{ table: string }[]>`SELECT active_table AS table FROM ${sql(readSchema)}.projections WHERE name = 'certificates_lineage'`;
  if (!projection) throw new Error(`No certificates_lineage read model in ${readSchema}`);
  await sql.unsafe(`CREATE SCHEMA IF NOT EXISTS ${schema}; CREATE TABLE IF NOT EXISTS ${schema}.documents (id text PRIMARY KEY, data jsonb NOT NULL)`).simple();
  const floor = {
    sql,
    viewSql: LINEAGE_VIEW_SQL(`${readSchema}.${projection.table}`),
    insertSql: `INSERT INTO ${schema}.documents (id, data) VALUES ($1, $2)`,
    key: (await crypto.subtle.generateKey('Ed25519', false, ['sign'])) as webcrypto.CryptoKeyPair,
  };
  const server = createServer((request, response) => void answer(floor, request, response));
  server.keepAliveTimeout = 60_000;
  server.listen(Number(port), '127.0.0.1');
  process.once('SIGTERM', () => server.close(() => void sql.end({ timeout: 5 }).then(() => process.exit(0))));
}

type Floor = { sql: postgres.Sql; viewSql: string; insertSql: string; key: webcrypto.CryptoKeyPair };

async function answer(floor: Floor, request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    if (request.method === 'GET' && request.url === '/health') return sendJson(response, 200, '{"status":"ok"}');
    if (request.method !== 'POST' || request.url !== '/certificates') return sendJson(response, 404, '{"error":"not_found"}');
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const { productLotId } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { productLotId: string };
    sendJson(response, 201, JSON.stringify(await issue(floor, productLotId)));
  } catch (error) {
    sendJson(response, 500, JSON.stringify({ error: String(error) }));
  }
}

async function issue({ sql, viewSql, insertSql, key }: Floor, productLotId: string) {
  const rows = await sql.unsafe<Row[]>(viewSql, [`lot:${productLotId}`, null], { prepare: true });
  const certificateId = `CERT-${randomUUID()}`;
  const plots = rows.filter((row) => row.data?.origin !== undefined).map((row) => ({ lotId: row.id, share: row.share, origin: row.data!.origin }));
  const payload = { certificateId, productLotId, issuedAt: new Date().toISOString(), ancestorLots: rows.filter((row) => Number(row.depth) > 0).length, plots };
  const signingInput = `${base64url('{"alg":"EdDSA","typ":"JWT"}')}.${base64url(JSON.stringify(payload))}`;
  const signature = await crypto.subtle.sign('Ed25519', key.privateKey, Buffer.from(signingInput, 'ascii'));
  const jws = `${signingInput}.${Buffer.from(signature).toString('base64url')}`;
  await sql.unsafe(insertSql, [certificateId, JSON.stringify({ jws })], { prepare: true });
  return { certificateId, status: 'valid', jws };
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
