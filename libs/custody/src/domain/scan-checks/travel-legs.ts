import { distanceKm } from '#shared-kernel';
import { hoursBetween } from '../guide.time.js';
import { roundHours, roundKm } from './measures.js';
import type { NeighbourScan, Waypoint } from './scan-context.js';
import { scanWaypoint } from './trajectory-stage.js';

/** One stretch of road between two places the load was seen at, in observation order. */
export interface TravelLeg {
  readonly from: Waypoint;
  readonly to: Waypoint;
  readonly distanceKm: number;
  readonly hours: number;
  /** Driving time at the maximum speed: nothing legal covers the distance faster. */
  readonly minimumHours: number;
}

/** From the place seen just before the scan. */
export function travelLeg(scanned: NeighbourScan): TravelLeg {
  const previous = scanned.guide.before[scanned.guide.before.length - 1]!;
  return leg(previous, scanWaypoint(scanned), scanned.facts.thresholds.maximumSpeedKmPerHour);
}

function leg(from: Waypoint, to: Waypoint, maximumSpeedKmPerHour: number): TravelLeg {
  const km = distanceKm(from.position, to.position);
  return { from, to, distanceKm: km, hours: hoursBetween(from.at, to.at), minimumHours: km / maximumSpeedKmPerHour };
}

export function legEvidence(leg: TravelLeg): { readonly from: string; readonly to: string; readonly distanceKm: number; readonly hours: number } {
  return { from: leg.from.place, to: leg.to.place, distanceKm: roundKm(leg.distanceKm), hours: roundHours(leg.hours) };
}
