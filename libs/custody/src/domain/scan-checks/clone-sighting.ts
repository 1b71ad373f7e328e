import { distanceKm, type Position } from '#shared-kernel';
import { epochMs, hoursBetween, isBefore } from '../guide.time.js';
import { type CheckResult, result } from './check-result.js';
import { roundHours, roundKm } from './measures.js';
import { applyPublishedOutcomes } from './published-outcomes.js';
import type { LoadScan, NeighbourScan } from './scan-context.js';
import type { Sighting } from './scan-facts.js';

/** A sighting the load could not have driven from in the time between. */
interface Impossible {
  readonly sighting: Sighting;
  readonly km: number;
  readonly hours: number;
}

/** What a sighting matched the scan by, as its failure names it. */
interface Match {
  readonly cloned: 'guide' | 'plate';
  readonly label: string;
}

/** Check 5: the same guide number or plate seen at another checkpoint too far away to have driven between: a clone. */
export function checkCloneSightings({ scan, facts }: LoadScan): CheckResult[] {
  const speed = facts.thresholds.maximumSpeedKmPerHour;
  // The guide's own scans observed after this one are judged against it when they are, as its route is: in observation order.
  const elsewhere = facts.sightings.filter(
    (sighting) => sighting.checkpoint !== scan.checkpoint && !(sighting.guideNumber === scan.guideNumber && isBefore(scan.observedAt, sighting.observedAt)),
  );
  const impossible = elsewhere.flatMap((sighting) => impossibleFrom(sighting, facts.checkpoint.position, scan.observedAt, speed));
  if (impossible.length === 0) return [passed(speed, elsewhere.length)];
  return impossible.map((found) => failed(found, matchedBy(found.sighting, scan.guideNumber, scan.plate), speed));
}

/**
 * A scan of the guide recorded late is one more sighting for a scan observed after it, as it would have been had it
 * arrived first; the scan's other sightings (other guides' scans of its plate among them) stand as recorded.
 */
export function checkCloneSightingsAgain(recorded: readonly CheckResult[], { scan, facts }: NeighbourScan, late: Sighting): CheckResult[] {
  const previous = recorded.filter((checked) => checked.rule === 'CLONE_SIGHTING');
  if (late.checkpoint === scan.checkpoint) return previous;
  const speed = facts.thresholds.maximumSpeedKmPerHour;
  const failing = previous.filter((checked) => checked.outcome !== 'pass');
  const [impossible] = impossibleFrom(late, facts.checkpoint.position, scan.observedAt, speed);
  if (!impossible) return failing.length > 0 ? previous : [passed(speed, sightingsCounted(previous) + 1)];
  const found = applyPublishedOutcomes([failed(impossible, { cloned: 'guide', label: `Guide ${late.guideNumber}` }, speed)], facts);
  // The handler gathers sightings the earliest first.
  return [...failing, ...found].sort((a, b) => epochMs(observedAtOf(a)) - epochMs(observedAtOf(b)));
}

function impossibleFrom(sighting: Sighting, position: Position, observedAt: string, speed: number): Impossible[] {
  const km = distanceKm(position, sighting.position);
  const hours = Math.abs(hoursBetween(sighting.observedAt, observedAt));
  return hours < km / speed ? [{ sighting, km, hours }] : [];
}

function passed(speed: number, sightingsElsewhere: number): CheckResult {
  return result('CLONE_SIGHTING', 'pass', { maximumSpeedKmPerHour: speed }, { sightingsElsewhere }, 'No sighting elsewhere that the load could not have driven from');
}

function failed({ sighting, km, hours }: Impossible, { cloned, label }: Match, speed: number): CheckResult {
  return result(
    'CLONE_SIGHTING',
    'failure',
    { minimumHours: roundHours(km / speed), maximumSpeedKmPerHour: speed },
    { ...sightingEvidence(sighting), distanceKm: roundKm(km), hours: roundHours(hours) },
    `${label} was seen at ${sighting.checkpoint}, ${roundKm(km)} km away, ${roundHours(hours)} h apart: a cloned ${cloned}`,
  );
}

function sightingEvidence(sighting: Sighting) {
  return { checkpoint: sighting.checkpoint, observedAt: sighting.observedAt, guideNumber: sighting.guideNumber, plate: sighting.plate };
}

function matchedBy(sighting: Sighting, guideNumber: string, plate: string): Match {
  return sighting.guideNumber === guideNumber ? { cloned: 'guide', label: `Guide ${guideNumber}` } : { cloned: 'plate', label: `Plate ${plate}` };
}

/** The sightings elsewhere the passing result counted. */
function sightingsCounted([passing]: readonly CheckResult[]): number {
  return (passing?.observed as { readonly sightingsElsewhere?: number } | undefined)?.sightingsElsewhere ?? 0;
}

function observedAtOf(checked: CheckResult): string {
  return (checked.observed as { readonly observedAt: string }).observedAt;
}
