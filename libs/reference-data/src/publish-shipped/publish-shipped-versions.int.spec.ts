import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { embeddedEventStore, type EventStore } from '#event-store';
import { handleCommand, LOG_START } from '#shared-kernel';
import { referenceStreamId } from '../domain/catalogue.js';
import { referenceVersionDecider } from '../domain/reference-version.decider.js';
import { ReferenceVersions } from '../versions/reference-versions.js';
import { PublishShippedVersions } from './publish-shipped-versions.js';

describe('publishing the shipped versions at start', () => {
  let store: EventStore;
  const bootstrap = () => new PublishShippedVersions(store, new ReferenceVersions(store)).onApplicationBootstrap();
  const everyEvent = () => store.readAll({ after: LOG_START, maxCount: 10_000 });

  beforeEach(async () => {
    store = await embeddedEventStore();
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await store.close();
  });

  it('publishes every shipped version once, and nothing on a restart that finds them published as written', async () => {
    await bootstrap();
    const published = await everyEvent();
    expect(published.length).toBeGreaterThan(12);
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    await bootstrap();
    expect(await everyEvent()).toEqual(published);
    expect(warn).not.toHaveBeenCalled();
  });

  it('leaves a version published otherwise under the same number as it stands, and says so', async () => {
    const uit = { catalogue: 'uit', version: 1, effectiveFrom: '2000-01-01', note: 'published by hand', entries: [{ year: 2026, soles: 5500, source: 'decree' }] } as const;
    const serfor = { id: 'ana', role: 'regulator', organisation: 'SERFOR' };
    await handleCommand(store, referenceVersionDecider, referenceStreamId('uit'), {
      id: '5f0a4f3e-6f0d-4a36-9a55-1f1f6c3e0c01',
      command: { type: 'PublishReferenceVersion', data: uit },
      actor: serfor,
      occurredAt: new Date().toISOString(),
    });
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    await bootstrap();
    const versions = await store.readStream(referenceStreamId('uit'));
    expect(versions.map((event) => event.data)).toEqual([uit]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('The shipped version 1 of uit differs from the published one'));
  });
});
