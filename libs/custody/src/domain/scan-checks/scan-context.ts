import type { Position, Quantity } from '#shared-kernel';
import type { IssuedGuide, Transshipment } from '../guide.js';
import type { CheckedPiece } from '../piece-list.js';
import type { OriginFacts, ScanFacts } from './scan-facts.js';

/** What the checkpoint found on the truck for one species: its volume, or its weight (kg) for a product traded by weight. */
export interface ObservedLine {
  readonly scientificName: string;
  readonly pieces: number;
  readonly volume: Quantity;
}

/** The scan as the checkpoint recorded it. */
export interface ScanObservation {
  readonly scanId: string;
  readonly checkpoint: string;
  readonly guideNumber: string;
  readonly plate: string;
  readonly driverId: string;
  readonly observedLines: readonly ObservedLine[];
  /** Net weight of the load on a highway scale, when the checkpoint has one. */
  readonly scaleWeightKg?: number;
  /** Pieces checked one by one against the guide's piece lists, by code. */
  readonly checkedPieces?: readonly CheckedPiece[];
  readonly observedAt: string;
  /** When the scan reached the system: later than observedAt for offline uploads. */
  readonly recordedAt: string;
  /** The device's fix where the scan was taken. */
  readonly position: Position;
}

/** A place the load was known to be at: its departure, a checkpoint scan, or its arrival at the destination. */
export interface Waypoint {
  readonly kind: 'departure' | 'scan' | 'arrival';
  /** The checkpoint code, or the origin's or destination's id. */
  readonly place: string;
  readonly position: Position;
  readonly at: string;
}

/** The guide's status when the scan was observed (a guide delivered after an offline scan still covered it). */
export type GuideStanding =
  | { readonly status: 'issued' }
  | { readonly status: 'annulled' | 'expired' | 'delivered'; readonly since: string };

export interface GuideAtScan {
  readonly issued: IssuedGuide;
  readonly standing: GuideStanding;
  /** The standing of the guide's origin, of the same kind as the origin. */
  readonly origin: OriginFacts;
  /** Departure, then what the load did up to the observation time, in observation order: a scan is judged on what came before it, as if every scan had arrived in observation order. */
  readonly before: readonly [Waypoint, ...Waypoint[]];
  /** The trucks the holder moved lots onto before the observation. */
  readonly transshipments: readonly Transshipment[];
}

/** A scan judged on its own: what is on the truck and where. */
export interface LoadScan {
  readonly scan: ScanObservation;
  readonly facts: ScanFacts;
}

/** A scan judged against an issued guide and the load's other known places. */
export interface GuidedScan extends LoadScan {
  readonly guide: GuideAtScan;
}

export interface ScanContext extends LoadScan {
  /** Absent when no guide was issued under the number scanned. */
  readonly guide?: GuideAtScan;
}

/** What the checks of the load's route read: where and when the scan was, the rules it was judged on, and the places seen before it. */
export interface NeighbourScan {
  readonly scan: Pick<ScanObservation, 'checkpoint' | 'observedAt'>;
  readonly facts: Pick<ScanFacts, 'checkpoint' | 'thresholds' | 'rulesVersion'>;
  readonly guide: Pick<GuideAtScan, 'issued' | 'before'>;
}
