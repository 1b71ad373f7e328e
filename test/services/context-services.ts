import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from '@jest/globals';
import { postgresClient } from '#sql';
import { tokenCommand } from '../../apps/standalone/src/token/token-command.js';
import { tempDataDir } from '../standalone/temp-data-dir.js';
import { ChildApp } from '../support/child-app.js';
import { noteworthy } from './noteworthy.js';

export const SERVICES = ['harvest', 'custody', 'processing', 'sanctions', 'certificates'] as const;
export type Service = (typeof SERVICES)[number];

/** Which service answers a path: the one whose context owns the resource. */
export function serviceOf(path: string): Service {
  if (path.startsWith('/permits')) return 'harvest';
  if (path.startsWith('/processors')) return 'processing';
  if (path.startsWith('/cases')) return 'sanctions';
  if (path.startsWith('/certificates') || /^\/lots\/[^/]+\/(lineage|epcis)/.test(path)) return 'certificates';
  return 'custody';
}

export interface ContextServices {
  url(path: string): string;
  dataDir(): string;
  /** The test, its failure carrying what each service logged. */
  explained(test: () => Promise<void>): () => Promise<void>;
}

/**
 * Each context in a process of its own, from the sources, over one Postgres (schemas of their own, fresh per run)
 * and one Kafka broker, their only link; they share the token keys of one folder, made before any starts.
 */
export function contextServices(databaseUrl: string, brokers: string): ContextServices {
  const run = randomUUID().replaceAll('-', '').slice(0, 8);
  const started = new Map<Service, { app: ChildApp; url: string }>();
  let dataDir: Awaited<ReturnType<typeof tempDataDir>> | undefined;
  const schemas = SERVICES.flatMap((service) => [`j${run}_${service}_events`, `j${run}_${service}_read_models`]);

  beforeAll(async () => {
    dataDir = await tempDataDir();
    await tokenCommand(['--role', 'operator', '--org', 'SERFOR', '--sub', 'keys'], { DATA_DIR: dataDir.path });
    const starts = await Promise.allSettled(
      SERVICES.map((service) =>
        ChildApp.start(
          {
            DATABASE_URL: databaseUrl,
            KAFKA_BROKERS: brokers,
            // Topics and consumer groups of this run's own: another run on the broker takes none of its messages.
            KAFKA_NAMESPACE: `j${run}`,
            DATA_DIR: `${dataDir!.path}/${service}`,
            EVENT_STORE_SCHEMA: `j${run}_${service}_events`,
            READ_MODEL_SCHEMA: `j${run}_${service}_read_models`,
            CASE_DEADLINE_CHECK_MS: '2147483647',
          },
          150_000,
          `apps/${service}/src/main.ts`,
        ),
      ),
    );
    starts.forEach((outcome, index) => {
      if (outcome.status === 'fulfilled') started.set(SERVICES[index]!, outcome.value);
    });
    const failed = starts.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
  }, 180_000);

  afterAll(async () => {
    await Promise.all([...started.values()].map(({ app }) => app.stop()));
    const sql = postgresClient({ url: databaseUrl, maxConnections: 1 });
    for (const schema of schemas) await sql.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await sql.close();
    await dataDir?.remove();
  }, 60_000);

  const logs = () => [...started].map(([service, { app }]) => `--- ${service} ---\n${noteworthy(app.log)}`).join('\n');
  return {
    url: (path) => started.get(serviceOf(path))!.url,
    dataDir: () => dataDir!.path,
    explained: (test) => async () => {
      try {
        await test();
      } catch (error) {
        // A step that failed across processes is understood from their logs.
        if (error instanceof Error) error.message += `\n\nWhat the services logged:\n${logs()}`;
        throw error;
      }
    },
  };
}
