import { randomUUID } from 'node:crypto';
import type postgres from 'postgres';
import type { EventStore } from '#event-store';
import { scanAnswer, type ScanAnswer } from '../../libs/custody/src/scanning/scan-shipment/scan-answer.js';
import type { ScanShipmentDto } from '../../libs/custody/src/scanning/scan-shipment/scan-shipment.dto.js';
import type { ShipmentScanned } from '../../libs/custody/src/domain/guide.events.js';

export type RecordedScan = ShipmentScanned['data'];

const PREPARED = { prepare: true };

/**
 * What a scan costs below any check: its sightings read and its event written, the event being a
 * recorded scan of the real app (every check result, ~4 KB) with this request's own fields.
 */
export class FloorScans {
  /** Each stream's version, in the raw table and in the store: this server is their only writer. */
  private readonly versions = { raw: new Map<string, number>(), store: new Map<string, number>() };

  constructor(
    private readonly sql: postgres.Sql,
    private readonly schema: string,
    private readonly recorded: RecordedScan,
    /** For the store route; absent on the bare server, which has none. */
    private readonly store?: EventStore,
  ) {}

  static async prepare(sql: postgres.Sql, schema: string): Promise<void> {
    await sql.unsafe(`CREATE SCHEMA ${schema}`);
    await sql.unsafe(`CREATE TABLE ${schema}.sightings (scan_id uuid PRIMARY KEY, guide_number text NOT NULL, checkpoint text NOT NULL, observed_at timestamptz NOT NULL)`);
    await sql.unsafe(`CREATE INDEX ON ${schema}.sightings (guide_number, observed_at)`);
    await sql.unsafe(`CREATE TABLE ${schema}.events (stream_id text, stream_position bigint, event_id uuid, event_type text, data json, metadata json,
      recorded_at timestamptz DEFAULT now(), PRIMARY KEY (stream_id, stream_position))`);
  }

  /** Validation and the answer only. */
  answer(code: string, scan: ScanShipmentDto): ScanAnswer {
    return scanAnswer(this.scanned(code, scan));
  }

  /** One read and one insert, each a prepared statement of its own (postgres.js, autocommit), as the app prepares its own. */
  async raw(code: string, scan: ScanShipmentDto): Promise<ScanAnswer> {
    await this.sightings(scan);
    const data = this.scanned(code, scan);
    const position = next(this.versions.raw, scan.guideNumber);
    await this.sql.unsafe(`INSERT INTO ${this.schema}.events (stream_id, stream_position, event_id, event_type, data, metadata) VALUES ($1, $2, $3, $4, $5, $6)`, [
      `guide-${scan.guideNumber}`,
      position,
      randomUUID(),
      'ShipmentScanned',
      JSON.stringify(data),
      JSON.stringify(metadataOf(code, scan)),
    ], PREPARED);
    return scanAnswer(data);
  }

  /** The same read, and the event appended through the project's event store (its appends grouped). */
  async stored(code: string, scan: ScanShipmentDto): Promise<ScanAnswer> {
    await this.sightings(scan);
    const data = this.scanned(code, scan);
    if (!this.store) throw new Error('This floor server has no event store');
    const position = next(this.versions.store, scan.guideNumber);
    await this.store.append(`guide-${scan.guideNumber}`, [{ id: randomUUID(), type: 'ShipmentScanned', data, metadata: metadataOf(code, scan) }], position === 1 ? 'no_stream' : position - 1);
    return scanAnswer(data);
  }

  private sightings(scan: ScanShipmentDto) {
    return this.sql.unsafe(`SELECT checkpoint, observed_at FROM ${this.schema}.sightings WHERE guide_number = $1 ORDER BY observed_at LIMIT 20`, [scan.guideNumber], PREPARED);
  }

  private scanned(code: string, scan: ScanShipmentDto): RecordedScan {
    return { ...this.recorded, ...scan, checkpoint: code, recordedAt: new Date().toISOString() } as RecordedScan;
  }
}

function next(versions: Map<string, number>, guideNumber: string): number {
  const position = (versions.get(guideNumber) ?? 0) + 1;
  versions.set(guideNumber, position);
  return position;
}

function metadataOf(code: string, scan: ScanShipmentDto) {
  const id = randomUUID();
  return { correlationId: id, causationId: id, actor: { id: `bench-${code}`, role: 'checkpoint_operator', organisation: code }, occurredAt: scan.observedAt };
}
