import type { Position } from '#shared-kernel';
import type { IssuedGuide } from '../guide.js';
import type { NeighbourScan, Waypoint } from './scan-context.js';

/** Where a place sits along the trajectory: departure −1, checkpoints 0…n−1, arrival n; undefined off the trajectory. */
function stageOf(guide: IssuedGuide, waypoint: Waypoint): number | undefined {
  if (waypoint.kind === 'departure') return -1;
  if (waypoint.kind === 'arrival') return guide.trajectory.checkpoints.length;
  const index = guide.trajectory.checkpoints.findIndex((checkpoint) => checkpoint.code === waypoint.place);
  return index < 0 ? undefined : index;
}

export interface Staged {
  readonly waypoint: Waypoint;
  readonly stage: number;
}

export interface StagedNeighbours {
  /** The scanned checkpoint's stage; undefined when it is not on the trajectory. */
  readonly here: number | undefined;
  /** The nearest place on the trajectory observed before the scan: at least the departure. */
  readonly before: Staged;
}

export function stagedNeighbours({ scan, facts, guide }: NeighbourScan): StagedNeighbours {
  const staged = (waypoint: Waypoint): Staged[] => {
    const stage = stageOf(guide.issued, waypoint);
    return stage === undefined ? [] : [{ waypoint, stage }];
  };
  const before = guide.before.flatMap(staged);
  // Departure is always on the trajectory and always first, so `before` is never empty.
  return { here: stageOf(guide.issued, scanWaypoint({ scan, facts })), before: before[before.length - 1]! };
}

/** The scan as a place the load was at: the checkpoint's registered position at the observation time. */
export function scanWaypoint({ scan, facts }: Pick<NeighbourScan, 'scan' | 'facts'>): Waypoint {
  return { kind: 'scan', place: scan.checkpoint, position: facts.checkpoint.position, at: scan.observedAt };
}

/** The polyline the corridor is drawn around: origin → checkpoints → destination. */
export function trajectoryPath(guide: IssuedGuide): Position[] {
  return [guide.origin.position, ...guide.trajectory.checkpoints.map((checkpoint) => checkpoint.position), guide.destination.position];
}
