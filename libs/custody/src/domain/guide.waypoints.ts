import type { IssuedGuide } from './guide.js';
import type { GuideClosure, ScanRecord } from './guide.state.js';
import { epochMs, isBefore } from './guide.time.js';
import type { Waypoint } from './scan-checks/scan-context.js';

/** Departure, then the scans given and the arrival if it came by `at`, in observation order. */
export function placesBefore(issued: IssuedGuide, closure: GuideClosure | undefined, scans: readonly ScanRecord[], at: string): [Waypoint, ...Waypoint[]] {
  const arrived = closure?.status === 'delivered' && !isBefore(at, closure.at);
  const arrival: Waypoint[] = arrived ? [{ kind: 'arrival', place: issued.destination.facilityId, position: issued.destination.position, at: closure.at }] : [];
  return [departure(issued), ...[...scans.map(scanWaypoint), ...arrival].sort((a, b) => epochMs(a.at) - epochMs(b.at))];
}

function scanWaypoint(scan: ScanRecord): Waypoint {
  return { kind: 'scan', place: scan.checkpoint, position: scan.checkpointPosition, at: scan.observedAt };
}

function departure(issued: IssuedGuide): Waypoint {
  const place = issued.origin.kind === 'permit' ? issued.origin.permitId : issued.origin.processorId;
  return { kind: 'departure', place, position: issued.origin.position, at: issued.issuedAt };
}
