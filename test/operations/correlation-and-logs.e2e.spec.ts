import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '#event-store';
import { MESSAGE_BUS, type MessageBus } from '#messaging';
import { tokenCommand } from '../../apps/standalone/src/token/token-command.js';
import { permitBody } from '../harvest/harvest-requests.js';
import { tempDataDir } from '../standalone/temp-data-dir.js';
import { observedApp, samples } from './observed-app.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every JSON line the app logs, as written. */
class LogLines extends Writable {
  readonly lines: Record<string, unknown>[] = [];

  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const line of chunk.toString().split('\n').filter((text) => text !== '')) this.lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  }
}

// One app per file: nestjs-pino keeps the first app's logger for the whole module registry.
describe('a request’s correlation id, in its answer, its log lines and the events it records', () => {
  let app: INestApplication;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
  let regulator: string;
  const logs = new LogLines();

  beforeAll(async () => {
    dataDir = await tempDataDir();
    app = await observedApp(dataDir.path, { logs });
    regulator = await tokenCommand(['--role', 'regulator', '--org', 'SERFOR', '--sub', 'ana'], { DATA_DIR: dataDir.path });
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    await dataDir?.remove();
  });

  const registerPermit = (permitId: string, correlationId?: string) => {
    const call = request(app.getHttpServer()).post('/permits').set('Authorization', `Bearer ${regulator}`);
    return (correlationId === undefined ? call : call.set('X-Correlation-Id', correlationId)).send(permitBody(permitId));
  };
  const recorded = (permitId: string) => app.get<EventStore>(EVENT_STORE).readStream(`permit-${permitId}`);

  it('answers the client’s id and records it on the command’s events', async () => {
    const permitId = `P-${randomUUID().slice(0, 8)}`;
    const response = await registerPermit(permitId, 'abc-123').expect(201);

    expect(response.headers['x-correlation-id']).toBe('abc-123');
    const events = await recorded(permitId);
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((event) => event.metadata.correlationId)).toEqual(events.map(() => 'abc-123'));
  });

  it('puts a new UUID in place of a missing or unsafe id, on the answer and the events alike', async () => {
    for (const sent of [undefined, 'x'.repeat(101), 'abc 123', 'abc\u00e9']) {
      const permitId = `P-${randomUUID().slice(0, 8)}`;
      const response = await registerPermit(permitId, sent).expect(201);
      const answered = response.headers['x-correlation-id'] as string;
      expect(answered).toMatch(UUID);
      expect((await recorded(permitId))[0]!.metadata.correlationId).toBe(answered);
    }
  });

  it('logs the request as a JSON line with its correlation id, without its token or body', async () => {
    const permitId = `P-${randomUUID().slice(0, 8)}`;
    await registerPermit(permitId, 'logged-42').expect(201);

    const lines = logs.lines.filter((line) => line.correlationId === 'logged-42');
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'request completed', req: expect.objectContaining({ method: 'POST', url: '/permits' }), res: { statusCode: 201 } }),
    );
    const written = JSON.stringify(lines);
    expect(written).not.toContain('headers');
    expect(written).not.toContain(regulator);
    expect(written).not.toContain(permitBody(permitId).resolutionNumber);
  });

  it('writes no request line for probes and scrapes', async () => {
    await request(app.getHttpServer()).get('/health/live').set('X-Correlation-Id', 'probe-1').expect(200);
    await request(app.getHttpServer()).get('/metrics').set('X-Correlation-Id', 'scrape-1').expect(200);
    expect(logs.lines.filter((line) => line.correlationId === 'probe-1' || line.correlationId === 'scrape-1')).toEqual([]);
  });

  it('exposes each consumer’s lag on the in-process bus, counted in the store, and readiness checks it', async () => {
    await app.get<MessageBus>(MESSAGE_BUS).caughtUp();
    const { text } = await request(app.getHttpServer()).get('/metrics').expect(200);
    const lags = samples(text, 'consumer_lag');
    expect(lags).toContain('consumer_lag{consumer="sanctions.custody-inbound"} 0');
    expect(lags.filter((line) => !line.endsWith(' 0'))).toEqual([]);
    const { body } = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(body.details.consumer_lag).toEqual({ status: 'up', max: 10000 });
  });
});
