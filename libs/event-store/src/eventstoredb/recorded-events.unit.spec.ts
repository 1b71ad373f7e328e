import { describe, expect, it } from '@jest/globals';
import type { JSONRecordedEvent } from '@eventstore/db-client';
import type { EventToAppend } from '#shared-kernel';
import { toEventData, toRecordedEvent } from './recorded-events.js';

const metadata = {
  correlationId: 'c0a8f5e2-1111-4a1b-9c3d-000000000001',
  causationId: 'c0a8f5e2-1111-4a1b-9c3d-000000000002',
  actor: { id: 'inspector-7', role: 'regulator', organisation: 'OSINFOR' },
  occurredAt: '2026-05-01T10:00:00.000Z',
};

const stored: JSONRecordedEvent = {
  streamId: 'lot-7',
  id: '5b0f0a52-7d4e-4f55-9d8e-7c3c0c9f0a01',
  isJson: true,
  revision: 4n,
  type: 'LotExtracted',
  created: new Date('2026-05-01T10:00:01.000Z'),
  data: { volume: 12.5 },
  metadata,
  position: { commit: 9_000n, prepare: 9_000n },
};

describe('EventStoreDB events', () => {
  it('writes an event as JSON under its own id, with its metadata', () => {
    const event: EventToAppend = { id: stored.id, type: 'LotExtracted', data: { volume: 12.5 }, metadata };
    expect(toEventData(event)).toEqual({ id: stored.id, contentType: 'application/json', type: 'LotExtracted', data: { volume: 12.5 }, metadata });
  });

  it('reads an event back at its 1-based stream position, log position and creation time', () => {
    expect(toRecordedEvent(stored)).toEqual({
      id: stored.id,
      type: 'LotExtracted',
      data: { volume: 12.5 },
      metadata,
      streamId: 'lot-7',
      streamPosition: 5,
      position: { commit: 9_000n, prepare: 9_000n },
      recordedAt: new Date('2026-05-01T10:00:01.000Z'),
    });
  });

  it('refuses an event read without its log position', () => {
    expect(() => toRecordedEvent({ ...stored, position: undefined })).toThrow(/22\.6 or later/);
  });
});
