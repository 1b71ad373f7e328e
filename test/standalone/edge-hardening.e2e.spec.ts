import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '#event-store';
import { tokenCommand } from '../../libs/auth/src/cli/token-command.js';
import { suiteApp } from './suite-app.js';

// What users of such a service expect of its edge, checked through the real standalone app.

describe('the edge of the standalone app', () => {
  const suite = suiteApp();
  const http = () => request(suite.app().getHttpServer());
  const regulator = () => tokenCommand(['--role', 'regulator', '--org', 'SERFOR', '--sub', 'edge-ana'], { DATA_DIR: suite.dataDir() });
  const events = async () => (await suite.app().get<EventStore>(EVENT_STORE).readAll({ maxCount: 1_000_000 })).length;

  describe('Idempotency-Key', () => {
    it.each([
      ['too long', 'k'.repeat(5_000)],
      ['with a space', 'key 1'],
      ['with a character outside ASCII', 'clé-1'],
    ])('answers a key %s with 400 in the error contract, before the endpoint looks at anything else', async (_case, key) => {
      const before = await events();
      // The permit does not exist: a key read late would be answered 404 permit_not_found.
      const response = await http().post('/permits/P-UNKNOWN/suspension').auth(await regulator(), { type: 'bearer' }).set('Idempotency-Key', key).send({ reason: 'PAU en curso' });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        error: 'validation_failed',
        message: 'The request failed validation',
        details: { fields: [{ path: 'Idempotency-Key', messages: ['Idempotency-Key must be 1 to 200 visible ASCII characters'] }] },
      });
      expect(await events()).toBe(before);
    });

    it('lets a key of 200 visible characters through to the endpoint', async () => {
      const response = await http().post('/permits/P-UNKNOWN/suspension').auth(await regulator(), { type: 'bearer' }).set('Idempotency-Key', 'k'.repeat(200)).send({ reason: 'PAU en curso' });
      expect(response.body).toMatchObject({ error: 'permit_not_found' });
    });
  });
});
