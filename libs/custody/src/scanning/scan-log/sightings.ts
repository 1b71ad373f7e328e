import { Inject, Injectable } from '@nestjs/common';
import { plateKey } from '../../domain/guide.names.js';
import type { Sighting } from '../../domain/scan-checks/scan-facts.js';
import { SCAN_LOG, type ScanLog } from './scan-log.port.js';
import type { ScanLogRow } from './scan-log.projection.js';

/** What a scan is looked up by. */
export interface SightedScan {
  readonly scanId: string;
  readonly checkpoint: string;
  readonly guideNumber: string;
  readonly plate: string;
  readonly observedAt: string;
}

/** Sightings worth more than the window could not prove anything the first ones do not. */
const MOST_SIGHTINGS = 200;

/** The UTC bounds, inclusive, of the hours either side of an observation. */
export function sightingWindow(observedAt: string, hours: number): { readonly from: string; readonly to: string } {
  const at = Date.parse(observedAt);
  const spanMs = hours * 3_600_000;
  return { from: new Date(at - spanMs).toISOString(), to: new Date(at + spanMs).toISOString() };
}

/** Scans of the plate or guide number at other checkpoints: at this one (this scan resent included) they prove nothing about travel. */
export function sightingsOf(rows: readonly ScanLogRow[], scan: SightedScan): Sighting[] {
  const plate = plateKey(scan.plate);
  return rows
    .filter((row) => row.checkpoint !== scan.checkpoint && (row.plateKey === plate || row.guideNumber === scan.guideNumber))
    .map((row) => ({ checkpoint: row.checkpoint, position: row.checkpointPosition, observedAt: row.observedAt, guideNumber: row.guideNumber, plate: row.plate }));
}

/** Sightings from the scan log: eventually consistent, so a scan recorded milliseconds earlier elsewhere may not be in it yet. */
@Injectable()
export class Sightings {
  constructor(@Inject(SCAN_LOG) private readonly log: ScanLog) {}

  /** Within `windowHours` either side of the observation. */
  async around(scan: SightedScan, windowHours: number): Promise<Sighting[]> {
    const { from, to } = sightingWindow(scan.observedAt, windowHours);
    return sightingsOf(await this.log.seen({ plateKey: plateKey(scan.plate), guideNumber: scan.guideNumber }, { from, to }, MOST_SIGHTINGS), scan);
  }
}
