import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** Environment that points the app at a real Postgres in schemas of its own, and the way to drop them. */
export function postgresTestEnv(url: string): { readonly env: NodeJS.ProcessEnv; remove(): Promise<void> } {
  const prefix = `e2e_${randomBytes(4).toString('hex')}`;
  const env = { DATABASE_URL: url, EVENT_STORE_SCHEMA: `${prefix}_events`, READ_MODEL_SCHEMA: `${prefix}_read` };
  return {
    env,
    async remove() {
      const sql = postgres(url, { max: 1, onnotice: () => undefined });
      try {
        await sql.unsafe(`DROP SCHEMA IF EXISTS ${env.EVENT_STORE_SCHEMA} CASCADE; DROP SCHEMA IF EXISTS ${env.READ_MODEL_SCHEMA} CASCADE`);
      } finally {
        await sql.end();
      }
    },
  };
}
