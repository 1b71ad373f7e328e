import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { readyApp } from '#http';
import { standaloneConfig } from '../../apps/standalone/src/config.js';
import { createStandaloneApp } from '../../apps/standalone/src/create-standalone-app.js';
import { tempDataDir } from './temp-data-dir.js';
import { unresolvedRefs } from './unresolved-refs.js';

describe('standalone app', () => {
  let app: INestApplication;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    app = await createStandaloneApp(standaloneConfig({ DATA_DIR: dataDir.path }), { logger: false });
    await readyApp(app);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await dataDir?.remove();
  });

  it('answers /health with the kind of store it runs on', async () => {
    const response = await request(app.getHttpServer()).get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', store: 'embedded' });
  });

  it('serves an OpenAPI document at /docs-json, declaring bearer auth and documenting /health', async () => {
    const { body: document } = await request(app.getHttpServer()).get('/docs-json').expect(200).expect('Content-Type', /json/);

    expect(document).toMatchObject({
      openapi: expect.stringMatching(/^3\.\d+\.\d+$/),
      info: { title: 'Timber traceability', version: expect.any(String) },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    });
    expect(document.paths['/health'].get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/HealthResponse' });
    expect(document.components.schemas.HealthResponse.properties.store.enum).toEqual(['embedded', 'postgres', 'eventstoredb']);
    expect(unresolvedRefs(document)).toEqual([]);
  });

  it('documents each context its own request and answer schemas: one name would make one schema of two', async () => {
    const { body: document } = await request(app.getHttpServer()).get('/docs-json').expect(200);
    const bodyOf = (path: string) => document.paths[path].post.requestBody.content['application/json'].schema.$ref;
    expect(bodyOf('/permits/{permitId}/suspension')).not.toEqual(bodyOf('/processors/{facilityId}/suspension'));
  });

  it('serves Swagger UI at /docs', async () => {
    const response = await request(app.getHttpServer()).get('/docs').expect(200);
    expect(response.text).toContain('swagger-ui');
  });

  it('answers an unknown route with the error contract', async () => {
    const response = await request(app.getHttpServer()).get('/nowhere').expect(404);
    expect(response.body).toEqual({ error: 'not_found', message: 'Cannot GET /nowhere', details: {} });
  });
});
