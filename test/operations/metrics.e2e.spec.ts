import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { LagSource } from '#observability';
import { eventually } from '#testing';
import { tokenCommand } from '../../apps/standalone/src/token/token-command.js';
import { permitBody } from '../harvest/harvest-requests.js';
import { tempDataDir } from '../standalone/temp-data-dir.js';
import { observedApp, samples } from './observed-app.js';

/** A bus that tells its consumers' lag, as a broker's consumer groups would. */
const lagSource: LagSource = { lag: async () => [{ consumer: 'harvest.custody-inbound', messages: 42 }] };

describe('GET /metrics, as Prometheus scrapes it', () => {
  let app: INestApplication;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
  let exposition: string;
  let contentType: string;
  const permitId = `P-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    app = await observedApp(dataDir.path, { lagSource });
    const regulator = await tokenCommand(['--role', 'regulator', '--org', 'SERFOR', '--sub', 'ana'], { DATA_DIR: dataDir.path });
    await request(app.getHttpServer()).post('/permits').set('Authorization', `Bearer ${regulator}`).send(permitBody(permitId)).expect(201);
    await request(app.getHttpServer()).get(`/permits/${permitId}`).set('Authorization', `Bearer ${regulator}`).expect(200);
    await request(app.getHttpServer()).get(`/permits/${permitId}`).expect(401);
    // Without a token: the scraper has none.
    const response = await request(app.getHttpServer()).get('/metrics').expect(200);
    exposition = response.text;
    contentType = response.headers['content-type'] as string;
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    await dataDir?.remove();
  });

  it('answers the text exposition format with the process’s default metrics', () => {
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(samples(exposition, 'process_cpu_user_seconds_total')).toHaveLength(1);
    expect(samples(exposition, 'nodejs_heap_size_used_bytes')).toHaveLength(1);
  });

  it('counts requests by method, route template and status, never by the raw URL', () => {
    const requests = samples(exposition, 'http_requests_total');
    expect(requests).toContain('http_requests_total{method="POST",route="/permits",status="201"} 1');
    expect(requests).toContain('http_requests_total{method="GET",route="/permits/:permitId",status="200"} 1');
    expect(requests).toContain('http_requests_total{method="GET",route="/permits/:permitId",status="401"} 1');
    expect(exposition).not.toContain(permitId);
  });

  it('times requests in a histogram by method and route template', () => {
    expect(samples(exposition, 'http_request_duration_seconds_count')).toContain('http_request_duration_seconds_count{method="POST",route="/permits"} 1');
    expect(samples(exposition, 'http_request_duration_seconds_bucket').some((line) => line.includes('route="/permits/:permitId"'))).toBe(true);
  });

  it('counts the events appended, by stream category', () => {
    const permits = samples(exposition, 'events_appended_total').find((line) => line.startsWith('events_appended_total{stream_category="permit"}'));
    expect(Number(permits?.split(' ')[1])).toBeGreaterThanOrEqual(1);
  });

  it('reads each consumer’s parked messages from the registry at scrape time', () => {
    const parked = samples(exposition, 'messages_parked');
    expect(parked.length).toBeGreaterThan(3);
    expect(parked).toContain('messages_parked{consumer="processing.custody-inbound"} 0');
  });

  it('reads the consumers’ lag from the bus that tells it', () => {
    expect(samples(exposition, 'consumer_lag')).toEqual(['consumer_lag{consumer="harvest.custody-inbound"} 42']);
  });

  it('tells each projection’s lag, none once it has folded what was committed', async () => {
    await eventually(async () => {
      const { text } = await request(app.getHttpServer()).get('/metrics').expect(200);
      const lags = samples(text, 'projection_lag');
      expect(lags).toContain('projection_lag{projection="harvest_permits"} 0');
      expect(lags.filter((line) => !line.endsWith(' 0'))).toEqual([]);
    });
  });

  it('is public but not in the OpenAPI document', async () => {
    const { body: document } = await request(app.getHttpServer()).get('/docs-json').expect(200);
    expect(Object.keys(document.paths)).not.toContain('/metrics');
    expect(Object.keys(document.paths)).toContain('/health/ready');
  });
});
