import { describe, expect, it } from '@jest/globals';
import { InProcessBus } from './in-process-bus.js';
import type { IntegrationMessage } from './integration-message.js';

const message = (type: string, version: number, id: string): IntegrationMessage => ({
  type,
  version,
  data: {},
  id,
  streamId: 'lot-1',
  metadata: { correlationId: 'c', causationId: 'c', actor: { id: 'relay', role: 'system' }, occurredAt: '2026-05-01T00:00:00Z' },
});

describe('the in-process bus', () => {
  it('hands a consumer the types it names, in order, and only the version it reads', async () => {
    const bus = new InProcessBus();
    const reader: string[] = [];
    const observer: string[] = [];
    bus.consume({ name: 'reader', types: ['LotDelivered'], version: 1, handle: async (m) => void reader.push(m.id) });
    bus.consume({ name: 'observer', types: ['LotDelivered', 'LotImmobilised'], handle: async (m) => void observer.push(m.id) });

    await bus.publish([message('LotDelivered', 1, 'a'), message('LotDelivered', 2, 'b'), message('LotImmobilised', 1, 'c'), message('LotDelivered', 1, 'd')]);

    expect(reader).toEqual(['a', 'd']);
    expect(observer).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses a second consumer of the same name', () => {
    const bus = new InProcessBus();
    bus.consume({ name: 'reader', types: ['LotDelivered'], handle: async () => undefined });
    expect(() => bus.consume({ name: 'reader', types: ['LotDelivered'], handle: async () => undefined })).toThrow(/already registered/);
  });
});
