import type { CheckpointEntry } from './checkpoint-entry.js';
import { findCheckpoint } from './checkpoint-entry.js';
import type { RoadEntry, RoadMode } from './road-entry.js';
import { type PathStep, placeOnRoads, shortestPath } from './road-graph.js';
import { NoRoute, UnknownPlace } from './route.errors.js';

/**
 * Average speeds that bound a load's arrival. The fastest stays under the 80 km/h beyond which custody judges a
 * guide cloned, so a load keeping to its window is never too fast; the slowest allows mountain passes, rain and
 * river barges running upstream.
 */
export const TRAVEL_SPEEDS: { readonly [M in RoadMode]: { readonly fastestKmPerHour: number; readonly slowestKmPerHour: number } } = {
  road: { fastestKmPerHour: 60, slowestKmPerHour: 25 },
  river: { fastestKmPerHour: 20, slowestKmPerHour: 6 },
};

/** Loading and leaving after the guide is issued: the latest arrival anywhere is later by this. */
export const DEPARTURE_MINUTES = 120;

/** Each control passed before a place holds the load this long at most: its inspection, added to the latest arrival. */
export const INSPECTION_MINUTES = 30;

export type RoutePlaceKind = 'town' | 'checkpoint' | 'unknown_checkpoint';

/** A place of the route, with when the load may reach it counted from the guide's issue. */
export interface RoutePlace {
  readonly place: string;
  /** `unknown_checkpoint`: the road names a code the checkpoints catalogue in force does not hold; it is left out of the trajectory. */
  readonly kind: RoutePlaceKind;
  readonly name?: string;
  readonly km: number;
  /** The road that reached it; none for the start. */
  readonly road?: string;
  readonly earliestArrivalMinutes: number;
  readonly latestArrivalMinutes: number;
}

/** One checkpoint as a guide request's trajectory takes it. */
export interface ProposedTrajectoryCheckpoint {
  readonly code: string;
  /** [longitude, latitude] from the checkpoints catalogue. */
  readonly position: readonly [number, number];
  /** A post still to be confirmed is proposed as not mandatory: skipping it must not alone immobilise a load. */
  readonly mandatory: boolean;
  readonly earliestArrivalMinutes: number;
  readonly latestArrivalMinutes: number;
}

export interface ProposedRoute {
  readonly from: string;
  readonly to: string;
  readonly distanceKm: number;
  readonly roads: readonly string[];
  readonly places: readonly RoutePlace[];
  readonly trajectory: { readonly checkpoints: readonly ProposedTrajectoryCheckpoint[] };
}

/** The shortest way between two places over the roads, its checkpoints in order with their arrival windows. */
export function proposeRoute(roads: readonly RoadEntry[], checkpoints: readonly CheckpointEntry[], from: string, to: string): ProposedRoute {
  const start = placeOnRoads(roads, from);
  if (start === undefined) throw new UnknownPlace('from', from);
  const end = placeOnRoads(roads, to);
  if (end === undefined) throw new UnknownPlace('to', to);
  const path = shortestPath(roads, start, end);
  if (path === undefined) throw new NoRoute(from, to);
  const places = placesAlong(path, checkpoints);
  return {
    from: path[0]!.place,
    to: path.at(-1)!.place,
    distanceKm: places.at(-1)!.km,
    roads: [...new Set(path.flatMap((step) => (step.leg ? [step.leg.road] : [])))],
    places,
    trajectory: { checkpoints: places.flatMap((place) => trajectoryCheckpoint(place, checkpoints)) },
  };
}

function placesAlong(path: readonly PathStep[], checkpoints: readonly CheckpointEntry[]): RoutePlace[] {
  let fastestHours = 0;
  let slowestHours = 0;
  let inspections = 0;
  return path.map((step): RoutePlace => {
    if (step.leg) {
      fastestHours += step.leg.km / TRAVEL_SPEEDS[step.leg.mode].fastestKmPerHour;
      slowestHours += step.leg.km / TRAVEL_SPEEDS[step.leg.mode].slowestKmPerHour;
    }
    const entry = step.checkpoint ? findCheckpoint(checkpoints, step.place) : undefined;
    const place: RoutePlace = {
      place: step.place,
      kind: !step.checkpoint ? 'town' : entry ? 'checkpoint' : 'unknown_checkpoint',
      ...(entry ? { name: entry.name } : {}),
      km: Math.round(step.km * 10) / 10,
      ...(step.leg ? { road: step.leg.road } : {}),
      earliestArrivalMinutes: Math.floor(fastestHours * 60),
      latestArrivalMinutes: Math.ceil(slowestHours * 60) + DEPARTURE_MINUTES + INSPECTION_MINUTES * inspections,
    };
    if (entry) inspections += 1;
    return place;
  });
}

function trajectoryCheckpoint(place: RoutePlace, checkpoints: readonly CheckpointEntry[]): ProposedTrajectoryCheckpoint[] {
  const entry = place.kind === 'checkpoint' ? findCheckpoint(checkpoints, place.place) : undefined;
  if (!entry) return [];
  return [
    {
      code: entry.code,
      position: [entry.longitude, entry.latitude],
      mandatory: entry.status !== 'confirm',
      earliestArrivalMinutes: place.earliestArrivalMinutes,
      latestArrivalMinutes: place.latestArrivalMinutes,
    },
  ];
}
