import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { LotDeliveredV1 } from '#custody/integration';
import { type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import { tokenCommand } from '../../apps/standalone/src/token/token-command.js';
import { standaloneTestApp } from '../standalone/standalone-test-app.js';
import { tempDataDir } from '../standalone/temp-data-dir.js';

const CONSUMER = 'processing.custody-inbound';

/** Custody's LotDelivered, in a version processing was not written for. */
function deliveryOfVersion(version: number): IntegrationMessage<Omit<LotDeliveredV1, 'version'> & { version: number }> {
  const lotId = `LOT-${randomUUID().slice(0, 8)}`;
  return {
    id: randomUUID(),
    streamId: `lot-${lotId}`,
    type: 'LotDelivered',
    version,
    metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: { id: 'rosa', role: 'processor', organisation: 'CTP-UCA-014' }, occurredAt: '2026-05-03T10:00:00-05:00' },
    data: { lotId, guideNumber: 'GTF-1', facilityId: 'CTP-UCA-014', species: 'Cedrela odorata', productType: 'roundwood', volume: { value: 5, unit: 'm3' }, at: '2026-05-03T10:00:00-05:00' },
  };
}

describe('parked messages, as the team on call reads and replays them', () => {
  let app: INestApplication;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
  const tokens = new Map<string, string>();
  const as = async (role: string, organisation: string) => {
    const key = `${role}/${organisation}`;
    if (!tokens.has(key)) tokens.set(key, await tokenCommand(['--role', role, '--org', organisation, '--sub', `${role}-1`], { DATA_DIR: dataDir.path }));
    return tokens.get(key)!;
  };
  const OPERATOR = ['operator', 'OPERATIONS'] as const;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    app = await standaloneTestApp(dataDir.path);
  }, 90_000);
  afterAll(async () => {
    await app?.close();
    await dataDir?.remove();
  });

  it('lists every consumer, parks a message its consumer cannot read with the reason, and keeps it parked on a replay that fails again', async () => {
    const bus = app.get<MessageBus>(MESSAGE_BUS);
    const message = deliveryOfVersion(9);
    await bus.publish([message as unknown as IntegrationMessage]);
    await bus.caughtUp();

    const http = request(app.getHttpServer());
    const { body: consumers } = await http.get('/operations/consumers').auth(await as(...OPERATOR), { type: 'bearer' }).expect(200);
    expect(consumers).toEqual(expect.arrayContaining([{ name: CONSUMER, parked: 1 }, { name: 'harvest.custody-inbound', parked: 0 }, { name: 'process.custody-guide-lots', parked: 0 }]));

    const { body: parked } = await http.get(`/operations/consumers/${CONSUMER}/parked`).auth(await as(...OPERATOR), { type: 'bearer' }).expect(200);
    expect(parked).toEqual([
      expect.objectContaining({
        message: expect.objectContaining({ id: message.id, type: 'LotDelivered', version: 9, streamId: message.streamId }),
        failure: { error: 'unsupported_version', message: `${CONSUMER} reads LotDelivered v1, not v9`, attempts: 1 },
      }),
    ]);

    const { body: replay } = await http.post(`/operations/consumers/${CONSUMER}/parked/${message.id}/replay`).auth(await as(...OPERATOR), { type: 'bearer' }).expect(200);
    expect(replay).toMatchObject({ replayed: [], failed: { messageId: message.id, failure: { error: 'unsupported_version' } } });
    const { body: after } = await http.get(`/operations/consumers/${CONSUMER}/parked`).auth(await as(...OPERATOR), { type: 'bearer' }).expect(200);
    expect(after[0]).toMatchObject({ lastReplay: { failure: { error: 'unsupported_version' } } });
  });

  it('answers 404 for an unknown consumer or message, and refuses every role but the operator', async () => {
    const http = request(app.getHttpServer());
    expect((await http.get('/operations/consumers/nobody/parked').auth(await as(...OPERATOR), { type: 'bearer' }).expect(404)).body.error).toBe('consumer_not_found');
    expect((await http.post(`/operations/consumers/${CONSUMER}/parked/${randomUUID()}/replay`).auth(await as(...OPERATOR), { type: 'bearer' }).expect(404)).body.error).toBe('parked_message_not_found');
    for (const [role, organisation] of [['regulator', 'SERFOR'], ['processor', 'CTP-UCA-014']] as const) {
      expect((await http.get('/operations/consumers').auth(await as(role, organisation), { type: 'bearer' }).expect(403)).body.error).toBe('role_not_allowed');
    }
    await http.get('/operations/consumers').expect(401);
  });
});
