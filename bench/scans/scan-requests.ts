import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { guideNumber, LOT_M3, LOT_PIECES, plate, ROAD, SPECIES } from './road-scenario.js';

type Position = readonly [number, number];

export interface ScanRequest {
  /** The checkpoint scanning. */
  readonly code: string;
  readonly body: Record<string, unknown>;
}

/** Registered positions of the road's checkpoints, as the shipped catalogue gives them. */
export async function checkpointPositions(): Promise<ReadonlyMap<string, Position>> {
  const catalogue = JSON.parse(await readFile('libs/reference-data/data/checkpoints.json', 'utf8')) as {
    entries: { code: string; longitude: number; latitude: number }[];
  };
  return new Map(catalogue.entries.map((e) => [e.code, [e.longitude, e.latitude] as const]));
}

/**
 * Scans of the guides in turn, each moving down the road: its n-th scan is at the n-th checkpoint (the
 * last one again after that), 90 minutes after the previous, where the load is declared.
 */
export function scanRequests(positions: ReadonlyMap<string, Position>, guides: number, concurrency: number, issuedAt: Date) {
  const scansOf = new Array<number>(guides).fill(0);
  return (worker: number, call: number): ScanRequest => {
    const guide = (call * concurrency + worker) % guides;
    const n = scansOf[guide]!++;
    const code = ROAD[Math.min(n, ROAD.length - 1)]!;
    const body = {
      scanId: randomUUID(),
      guideNumber: guideNumber(guide),
      plate: plate(guide),
      driverId: `4${String(guide).padStart(7, '0')}`,
      observedLines: [{ scientificName: SPECIES, pieces: LOT_PIECES, volume: { value: LOT_M3, unit: 'm3' } }],
      observedAt: new Date(issuedAt.getTime() + (n + 1) * 90 * 60_000).toISOString(),
      position: positions.get(code),
    };
    return { code, body };
  };
}
