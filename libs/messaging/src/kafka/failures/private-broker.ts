import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';

const ROOT = fileURLToPath(new URL('../../../../..', import.meta.url));
const run = promisify(execFile);

/**
 * A broker of a test's own, from `infra/kafka` on other ports and in a folder of its own, so the test can stop it
 * without stopping the broker other suites share. Its data survives a stop: started again, it has its topics back.
 */
export class PrivateBroker {
  private constructor(
    private readonly folder: string,
    private readonly port: number,
    private readonly controllerPort: number,
  ) {}

  static async create(): Promise<PrivateBroker> {
    return new PrivateBroker(await mkdtemp(join(tmpdir(), 'private-kafka-')), await freePort(), await freePort());
  }

  get brokers(): readonly string[] {
    return [`127.0.0.1:${this.port}`];
  }

  /** Resolves once it answers and coordinates consumer groups. */
  async start(): Promise<void> {
    await this.script('start.sh');
    await this.coordinating(60_000);
  }

  /** Resolves once its process is gone (a clean shutdown). */
  async stop(): Promise<void> {
    await this.script('stop.sh');
  }

  async remove(): Promise<void> {
    await this.stop();
    await rm(this.folder, { recursive: true, force: true });
  }

  /**
   * kafkajs gives up for good on a consumer that finds no group coordinator, as on a broker still creating or
   * loading its offsets topic: the consumers start once it has one.
   */
  private async coordinating(timeoutMs: number): Promise<void> {
    const admin = new Kafka({ clientId: 'private-broker', brokers: [...this.brokers], logLevel: logLevel.NOTHING, retry: { retries: 0 } }).admin();
    const deadline = Date.now() + timeoutMs;
    try {
      await admin.connect();
      for (;;) {
        try {
          return void (await admin.describeGroups(['coordinator-probe']));
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    } finally {
      await admin.disconnect();
    }
  }

  private async script(name: string): Promise<void> {
    const env = { ...process.env, KAFKA_PORT: String(this.port), KAFKA_CONTROLLER_PORT: String(this.controllerPort), KAFKA_DATA_DIR: join(this.folder, 'data') };
    await run('bash', [join('infra/kafka', name)], { cwd: ROOT, env, timeout: 120_000 });
  }
}

/** A port nothing listens on now, as the system hands out. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
