import { type CheckResult, result } from './check-result.js';
import { roundHours, roundKm } from './measures.js';
import type { NeighbourScan } from './scan-context.js';
import { legEvidence, type TravelLeg, travelLeg } from './travel-legs.js';

/** Check 5: the leg from the previous place was not covered faster than the maximum speed allows; a guide that is in two places at once runs two trucks. */
export function checkTravelTooFast(scanned: NeighbourScan): CheckResult[] {
  const leg = travelLeg(scanned);
  const expected = { minimumHours: roundHours(leg.minimumHours), maximumSpeedKmPerHour: scanned.facts.thresholds.maximumSpeedKmPerHour };
  if (leg.hours >= leg.minimumHours) return [result('TRAVEL_TOO_FAST', 'pass', expected, legEvidence(leg), `${route(leg)} in a feasible time`)];
  return [
    result(
      'TRAVEL_TOO_FAST',
      'failure',
      expected,
      legEvidence(leg),
      `${route(leg)} in ${roundHours(leg.hours)} h, which needs at least ${roundHours(leg.minimumHours)} h: the guide is running on two trucks`,
    ),
  ];
}

/** Check 5: the leg from the previous place took no longer than driving plus the longest plausible stop; a guide that idles that long is being reused for another trip. */
export function checkTravelTooSlow(scanned: NeighbourScan): CheckResult[] {
  const { maximumDwellHours } = scanned.facts.thresholds;
  const leg = travelLeg(scanned);
  const maximumHours = leg.minimumHours + maximumDwellHours;
  const expected = { maximumHours: roundHours(maximumHours), maximumDwellHours };
  if (leg.hours <= maximumHours) return [result('TRAVEL_TOO_SLOW', 'pass', expected, legEvidence(leg), `${route(leg)} without an implausible stop`)];
  return [
    result(
      'TRAVEL_TOO_SLOW',
      'failure',
      expected,
      legEvidence(leg),
      `${route(leg)} in ${roundHours(leg.hours)} h, more than ${roundHours(maximumHours)} h: the guide is being reused for another trip`,
    ),
  ];
}

function route(leg: TravelLeg): string {
  return `${leg.from.place} → ${leg.to.place} (${roundKm(leg.distanceKm)} km)`;
}
