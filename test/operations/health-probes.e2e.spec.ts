import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Global, type INestApplication, Module } from '@nestjs/common';
import request from 'supertest';
import { READ_MODELS, type ReadModelDatabase } from '#event-store';
import { BROKER_HEALTH, type BrokerHealth, type LagSource } from '#observability';
import { tempDataDir } from '../standalone/temp-data-dir.js';
import { observedApp } from './observed-app.js';

/** A broker and a bus whose answers each test sets. */
const broker = { down: false };
const lag = { messages: 0 };
const brokerHealth: BrokerHealth = {
  ping: async () => {
    if (broker.down) throw new Error('connect ECONNREFUSED 127.0.0.1:9092');
  },
};
const lagSource: LagSource = { lag: async () => [{ consumer: 'custody.harvest-inbound', messages: lag.messages }] };

@Global()
@Module({ providers: [{ provide: BROKER_HEALTH, useValue: brokerHealth }], exports: [BROKER_HEALTH] })
class Broker {}

describe('liveness and readiness probes', () => {
  let app: INestApplication;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    app = await observedApp(dataDir.path, { imports: [Broker], lagSource, env: { READY_MAX_LAG: '100' } });
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    await dataDir?.remove();
  });

  const ready = () => request(app.getHttpServer()).get('/health/ready');

  it('answers /health/live while the process runs, without a token', async () => {
    const { body } = await request(app.getHttpServer()).get('/health/live').expect(200);
    expect(body).toMatchObject({ status: 'ok' });
  });

  it('keeps /health as it was', async () => {
    const { body } = await request(app.getHttpServer()).get('/health').expect(200);
    expect(body).toEqual({ status: 'ok', store: 'embedded' });
  });

  it('answers ready when the stores and the broker answer and the consumers keep up', async () => {
    const { body } = await ready().expect(200);
    expect(body).toMatchObject({
      status: 'ok',
      details: { event_store: { status: 'up' }, read_models: { status: 'up' }, broker: { status: 'up' }, consumer_lag: { status: 'up', max: 100 } },
    });
  });

  it('answers 503 not_ready, naming the broker, when its ping fails', async () => {
    broker.down = true;
    try {
      const { body } = await ready().expect(503);
      expect(body).toMatchObject({ error: 'not_ready', message: 'Not ready: broker', details: { broker: { status: 'down', message: expect.stringContaining('ECONNREFUSED') }, event_store: { status: 'up' } } });
    } finally {
      broker.down = false;
    }
    await ready().expect(200);
  });

  it('answers 503 when a consumer is READY_MAX_LAG messages behind or more', async () => {
    lag.messages = 99;
    await ready().expect(200);
    lag.messages = 100;
    try {
      const { body } = await ready().expect(503);
      expect(body.details.consumer_lag).toEqual({ status: 'down', max: 100, behind: [{ consumer: 'custody.harvest-inbound', messages: 100 }] });
    } finally {
      lag.messages = 0;
    }
  });

  // Last: the app's database is gone for good.
  it('answers 503 when the store’s database is closed', async () => {
    await app.get<ReadModelDatabase>(READ_MODELS).sql.close();
    const { body } = await ready().expect(503);
    expect(body).toMatchObject({ error: 'not_ready', details: { event_store: { status: 'down' }, read_models: { status: 'down' } } });
    await request(app.getHttpServer()).get('/health/live').expect(200);
  });
});
