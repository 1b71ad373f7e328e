import { distanceKm } from '#shared-kernel';
import { hoursBetween } from '../guide.time.js';
import { type CheckResult, result } from './check-result.js';
import { roundHours, roundKm } from './measures.js';
import type { LoadScan } from './scan-context.js';
import type { Sighting } from './scan-facts.js';

/** Check 5: the same guide number or plate seen at another checkpoint too far away to have driven between: a clone. */
export function checkCloneSightings({ scan, facts }: LoadScan): CheckResult[] {
  const speed = facts.thresholds.maximumSpeedKmPerHour;
  const elsewhere = facts.sightings.filter((sighting) => sighting.checkpoint !== scan.checkpoint);
  const impossible = elsewhere.flatMap((sighting) => {
    const km = distanceKm(facts.checkpoint.position, sighting.position);
    const hours = Math.abs(hoursBetween(sighting.observedAt, scan.observedAt));
    return hours < km / speed ? [{ sighting, km, hours }] : [];
  });
  if (impossible.length === 0) {
    return [result('CLONE_SIGHTING', 'pass', { maximumSpeedKmPerHour: speed }, { sightingsElsewhere: elsewhere.length }, 'No sighting elsewhere that the load could not have driven from')];
  }
  return impossible.map(({ sighting, km, hours }) =>
    result(
      'CLONE_SIGHTING',
      'failure',
      { minimumHours: roundHours(km / speed), maximumSpeedKmPerHour: speed },
      { ...sightingEvidence(sighting), distanceKm: roundKm(km), hours: roundHours(hours) },
      `${matchedBy(sighting, scan.guideNumber, scan.plate)} was seen at ${sighting.checkpoint}, ${roundKm(km)} km away, ${roundHours(hours)} h apart: a cloned ${sighting.guideNumber === scan.guideNumber ? 'guide' : 'plate'}`,
    ),
  );
}

function sightingEvidence(sighting: Sighting) {
  return { checkpoint: sighting.checkpoint, observedAt: sighting.observedAt, guideNumber: sighting.guideNumber, plate: sighting.plate };
}

function matchedBy(sighting: Sighting, guideNumber: string, plate: string): string {
  return sighting.guideNumber === guideNumber ? `Guide ${guideNumber}` : `Plate ${plate}`;
}
