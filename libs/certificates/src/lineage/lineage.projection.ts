import type { Projection } from '#projections';
import type { Recorded } from '#shared-kernel';
import type { LineageRecord } from '../domain/lineage.js';
import type { LineageFactNoted } from './lineage-fact.js';
import { evolveRecord, recordKeys } from './lineage-records.js';

/** `certificates_lineage`: one row per lot (with its parents and children), permit, plan, guide, case, transformation and party. */
export const lineageProjection: Projection<LineageRecord, LineageFactNoted> = {
  name: 'certificates_lineage',
  lifecycle: 'async',
  version: 1,
  eventTypes: ['LineageFactNoted'],
  keys: (event: Recorded<LineageFactNoted>) => recordKeys(event.data.fact),
  evolve: (row, event, key = recordKeys(event.data.fact)[0]!) => evolveRecord(row, event.data.fact, key),
};
