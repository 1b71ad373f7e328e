import { describe, expect, it } from '@jest/globals';
import { type AuthenticatedActor, Role } from '#auth';
import {
  type AppendResult,
  type EventLookup,
  type EventToAppend,
  type ExpectedVersion,
  type ReadStreamOptions,
  type RecordedEvent,
  StreamNotFound,
  type StreamStore,
  VersionConflict,
} from '#shared-kernel';
import type { ScanShipment } from '../../domain/guide.commands.js';
import type { ShipmentScanned } from '../../domain/guide.events.js';
import { guideStream } from '../../domain/guide.decider.js';
import { factsAt, issued, NUMBER, scan } from '../../domain/guide.fixtures.spec.js';
import type { ScanFactsGatherer } from '../scan-facts/scan-facts.gatherer.js';
import type { ScanLog } from '../scan-log/scan-log.port.js';
import { scanLogRow, type ScanLogRow } from '../scan-log/scan-log.projection.js';
import { type SightedScan, Sightings } from '../scan-log/sightings.js';
import type { ScanSettings } from '../settings/scan-settings.js';
import { ShipmentScanner } from '../scan-shipment/shipment-scanner.js';
import { ScanBatchCommand } from './scan-batch.command.js';
import { ScanBatchHandler } from './scan-batch.handler.js';

// A checkpoint uploads what it scanned offline as a batch, from its own URL: a batch holds scans of that checkpoint
// only. The handler judges them one by one in observation order, each a command of its own on the guide; so every
// way a trip's scans can reach custody is a sequence of such batches, from the checkpoints in any order.

/** Streams in memory: as much of a store as the guide's commands, one after the other, need. */
class StreamsInMemory implements StreamStore {
  private readonly streams = new Map<string, RecordedEvent[]>();
  private logged = 0n;

  append(streamId: string, events: readonly EventToAppend[], expected: ExpectedVersion): Promise<AppendResult> {
    const stream = this.streams.get(streamId) ?? [];
    const version = stream.length === 0 ? 'no_stream' : stream.length;
    if (expected !== 'any' && expected !== version) return Promise.reject(new VersionConflict(streamId, expected, version));
    for (const event of events) {
      this.logged += 1n;
      stream.push({ ...event, streamId, streamPosition: stream.length + 1, position: { commit: this.logged, prepare: this.logged }, recordedAt: new Date() });
    }
    this.streams.set(streamId, stream);
    return Promise.resolve({ nextExpectedVersion: stream.length, position: stream.at(-1)!.position });
  }

  readStream(streamId: string, { fromVersion = 1, maxCount = Infinity }: ReadStreamOptions = {}): Promise<readonly RecordedEvent[]> {
    const stream = this.streams.get(streamId);
    if (!stream) return Promise.reject(new StreamNotFound(streamId));
    return Promise.resolve(stream.slice(fromVersion - 1, fromVersion - 1 + maxCount));
  }

  findEvents(streamId: string, { ids = [], keys = [] }: EventLookup): Promise<readonly RecordedEvent[]> {
    return Promise.resolve((this.streams.get(streamId) ?? []).filter((event) => ids.includes(event.id) || (event.metadata.keys ?? []).some((key) => keys.includes(key))));
  }
}

/** The scan log, up to date, as the sightings read it: the guide's scans recorded so far, the earliest observed first. */
function scanLogOf(store: StreamsInMemory): ScanLog {
  const seen = async (_of: unknown, { from, to }: { readonly from: string; readonly to: string }): Promise<ScanLogRow[]> => {
    const events = await store.readStream(guideStream.streamId(NUMBER));
    const rows = events.flatMap((event) => (event.type === 'ShipmentScanned' ? [scanLogRow(event as unknown as ShipmentScanned)] : []));
    return rows.filter((row) => row.observedAtUtc >= from && row.observedAtUtc <= to).sort((a, b) => a.observedAtUtc.localeCompare(b.observedAtUtc));
  };
  return { seen } as unknown as ScanLog;
}

const SETTINGS: ScanSettings = { clockSkewMs: 300_000, factsFreshForMs: 0, guidesRemembered: 0 };
/** The facts each scan is judged on: those of its checkpoint, and the sightings of the scans uploaded before it, 48 hours either side. */
function factsFrom(store: StreamsInMemory): ScanFactsGatherer {
  const sightings = new Sightings(scanLogOf(store));
  return { gather: async (observed: SightedScan) => factsAt(observed.checkpoint, { sightings: await sightings.around(observed, 48) }) } as unknown as ScanFactsGatherer;
}

const operatorAt = (checkpoint: string): AuthenticatedActor => ({ id: `operator-${checkpoint}`, role: Role.CheckpointOperator, organisation: checkpoint });

const at = (time: string) => `2026-05-02T${time}:00-05:00`;
const atK010 = (observedAt: string) => scan({ scanId: 'SCAN-K010', checkpoint: 'UC-CFB-K010', observedAt });
const atK034 = (observedAt: string) => scan({ scanId: 'SCAN-K034', checkpoint: 'UC-CFB-K034', observedAt });
const atK060 = (observedAt: string) => scan({ scanId: 'SCAN-K060', checkpoint: 'UC-CFB-K060', observedAt });
/** The load scanned a second time at km 60: two scans of the trip in the same checkpoint’s upload. */
const againAtK060 = (observedAt: string) => scan({ scanId: 'SCAN-K060-B', checkpoint: 'UC-CFB-K060', observedAt });

/** The scan as the checkpoint's device sends it. */
function sent({ data }: ScanShipment): object {
  const { scanId, guideNumber, plate, driverId, observedLines, observedAt, position } = data;
  return { scanId, guideNumber, plate, driverId, observedLines, observedAt, position };
}

/** Each scan's verdict in force and the holds on the load once the batches have been uploaded in turn. */
async function uploaded(batches: readonly (readonly ScanShipment[])[]) {
  const store = new StreamsInMemory();
  const metadata = { correlationId: 'issue', causationId: 'issue', actor: { id: 'clerk', role: 'permit_holder' }, occurredAt: at('06:00') };
  await store.append(guideStream.streamId(NUMBER), [{ id: 'issued', ...issued(), metadata }], 'no_stream');
  const handler = new ScanBatchHandler(new ShipmentScanner(store, SETTINGS, factsFrom(store)));
  for (const batch of batches) {
    const checkpoint = batch[0]!.data.checkpoint;
    const { results } = await handler.execute(new ScanBatchCommand(checkpoint, { scans: batch.map(sent) }, operatorAt(checkpoint)));
    expect(results).toEqual(batch.map(() => expect.objectContaining({ outcome: 'judged' })));
  }
  const state = await guideStream.load(store, NUMBER);
  return { verdicts: Object.fromEntries(state.scans.map((seen) => [seen.scanId, seen.verdict])), holds: [...state.holds].sort((a, b) => a.scanId.localeCompare(b.scanId)) };
}

describe('property: a trip’s scans uploaded in batches, grouped and ordered in any way, end as if they had arrived one by one in observation order', () => {
  const legal = [atK010(at('07:00')), atK034(at('07:45')), atK060(at('08:30')), againAtK060(at('08:50'))];
  // K010 → K034 in 5 minutes: 23 km that need 17, so the guide ran on two trucks.
  const tooFast = [atK010(at('07:00')), atK034(at('07:05')), atK060(at('08:30')), againAtK060(at('08:50'))];
  // K010 never scanned: the mandatory checkpoint was skipped, whatever order the others arrive in.
  const skipped = [atK034(at('07:45')), atK060(at('08:30')), againAtK060(at('08:50'))];

  // Four scans at three checkpoints: 24 orders one by one, and 12 with both km 60 scans in one batch, either way round.
  it.each([
    ['a legal trip', legal, [], 36],
    ['a guide running on two trucks', tooFast, ['SCAN-K034'], 36],
    ['a trip past a mandatory checkpoint unscanned', skipped, ['SCAN-K034'], 10],
  ])('%s', async (_name, scans, held, ways) => {
    const oneByOne = await uploaded(scans.map((observed) => [observed]));
    expect(oneByOne.holds.map((hold) => hold.scanId)).toEqual(held);
    const uploads = groupings(scans).filter((batches) => batches.every((batch) => batch.every((observed) => observed.data.checkpoint === batch[0]!.data.checkpoint)));
    expect(uploads).toHaveLength(ways);
    for (const batches of uploads) {
      // Named by its batches, so a grouping that ends otherwise says which it is.
      const grouping = batches.map((batch) => batch.map((observed) => observed.data.scanId));
      expect({ grouping, ...(await uploaded(batches)) }).toEqual({ grouping, ...oneByOne });
    }
  });
});

/** Every sequence of batches holding each item once: every ordered partition of the items, each part in every order. */
function groupings<T>(items: readonly T[]): T[][][] {
  if (items.length === 0) return [[]];
  return subsets(items)
    .filter((first) => first.length > 0)
    .flatMap((first) => {
      const rest = groupings(items.filter((item) => !first.includes(item)));
      return permutations(first).flatMap((batch) => rest.map((later) => [batch, ...later]));
    });
}

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((found, item) => [...found, ...found.map((subset) => [...subset, item])], [[]]);
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}
