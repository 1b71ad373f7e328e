import { describe, expect, it } from '@jest/globals';
import { EVENT_TYPE, STREAM_NAME, type RegexFilter } from '@eventstore/db-client';
import { checkpointStream, leaseStream } from './bookkeeping-streams.js';
import { exactMatchRegex, isWanted, serverFilter } from './event-filter.js';

const matches = (filter: RegexFilter, value: string) => new RegExp(filter.regex).test(value);

describe('the server-side filter of a subscription', () => {
  it('filters on exact event types when types are given', () => {
    const filter = serverFilter({ eventTypes: ['LotExtracted', 'LotDispatched'], streamPrefixes: ['lot-'] }) as RegexFilter;
    expect(filter.filterOn).toBe(EVENT_TYPE);
    expect(matches(filter, 'LotExtracted')).toBe(true);
    expect(matches(filter, 'LotDispatched')).toBe(true);
    expect(matches(filter, 'LotExtractedAgain')).toBe(false);
    expect(matches(filter, 'PreLotExtracted')).toBe(false);
    expect(matches(filter, '$metadata')).toBe(false);
  });

  it('filters on stream prefixes when only prefixes are given', () => {
    expect(serverFilter({ streamPrefixes: ['lot-', 'permit-'] })).toMatchObject({ filterOn: STREAM_NAME, prefixes: ['lot-', 'permit-'] });
  });

  it('lets an unfiltered subscription see every ordinary stream, but no system or bookkeeping stream', () => {
    for (const filter of [undefined, {}, { eventTypes: [], streamPrefixes: [] }]) {
      const server = serverFilter(filter) as RegexFilter;
      expect(server.filterOn).toBe(STREAM_NAME);
      expect(matches(server, 'lot-1')).toBe(true);
      expect(matches(server, 'subscription-lot-1')).toBe(true);
      expect(matches(server, '$$lot-1')).toBe(false);
      expect(matches(server, '$stats-127.0.0.1:2113')).toBe(false);
      expect(matches(server, leaseStream('projector'))).toBe(false);
      expect(matches(server, checkpointStream('projector'))).toBe(false);
    }
  });

  it('hands the checkpoint callback to the server filter', () => {
    const checkpointReached = () => undefined;
    expect(serverFilter({ streamPrefixes: ['lot-'] }, checkpointReached).checkpointReached).toBe(checkpointReached);
  });

  it('escapes event types so they match literally', () => {
    const regex = new RegExp(exactMatchRegex(['Lot.Extracted', 'Price(USD)', 'a|b']));
    expect(regex.test('Lot.Extracted')).toBe(true);
    expect(regex.test('LotXExtracted')).toBe(false);
    expect(regex.test('Price(USD)')).toBe(true);
    expect(regex.test('a|b')).toBe(true);
    expect(regex.test('a')).toBe(false);
  });
});

describe('which events a reader of the log gets', () => {
  it('never gets system events, system streams or bookkeeping streams', () => {
    expect(isWanted({ streamId: 'lot-1', type: 'LotExtracted' }, undefined)).toBe(true);
    expect(isWanted({ streamId: 'lot-1', type: '$streamDeleted' }, undefined)).toBe(false);
    expect(isWanted({ streamId: '$users', type: 'UserCreated' }, undefined)).toBe(false);
    expect(isWanted({ streamId: leaseStream('lot-projection'), type: 'LeaseClaimed' }, { streamPrefixes: ['subscription-'] })).toBe(false);
    expect(isWanted({ streamId: checkpointStream('x'), type: 'CheckpointStored' }, { eventTypes: ['CheckpointStored'] })).toBe(false);
  });

  it('requires both the event type and the stream prefix when both are given', () => {
    const filter = { eventTypes: ['LotExtracted'], streamPrefixes: ['lot-'] };
    expect(isWanted({ streamId: 'lot-1', type: 'LotExtracted' }, filter)).toBe(true);
    expect(isWanted({ streamId: 'lot-1', type: 'LotDispatched' }, filter)).toBe(false);
    expect(isWanted({ streamId: 'other-lot-1', type: 'LotExtracted' }, filter)).toBe(false);
  });

  it('treats empty lists as no constraint', () => {
    expect(isWanted({ streamId: 'permit-9', type: 'PermitGranted' }, { eventTypes: [], streamPrefixes: [] })).toBe(true);
  });
});
