import type { GeoPolygon, Measure, PersistentMap, Refusal } from '#shared-kernel';
import type { PermitKind, PermitStatus, SpeciesVolume, Validity } from './permit.js';

/** One species of a plan: how it is traded, and every amount in that measure's base unit (m³ or kg). */
export interface SpeciesQuota {
  readonly species: string;
  readonly measure: Measure;
  readonly authorised: number;
  readonly extracted: number;
  readonly moved: number;
  readonly minimumCuttingDiameterCm?: number;
}

export interface HarvestPlan {
  readonly planId: string;
  readonly validity: Validity;
  readonly harvestAreas: readonly GeoPolygon[];
  readonly species: readonly SpeciesQuota[];
}

/** The last measure on the permit's standing; an active permit that was never touched has none. */
export interface Standing {
  readonly status: PermitStatus;
  readonly authority?: string;
  readonly reason?: string;
  readonly at?: string;
}

export interface CountedLine {
  readonly species: string;
  readonly measure: Measure;
  readonly amount: number;
}

/** A guide's load as counted, so the same guide arriving again can be told from a reused number. */
export interface CountedGuide {
  readonly planId: string;
  /** The amount per species (the plan's spelling) in its quota's base unit, sorted by species. */
  readonly lines: readonly CountedLine[];
}

/** A guide custody issued whose load could not be counted against the plan, and why. */
export interface GuideNotCountedRecord {
  readonly permitId: string;
  readonly planId: string;
  readonly guideNumber: string;
  readonly lines: readonly SpeciesVolume[];
  readonly refusal: Refusal;
}

export interface Permit {
  readonly permitId: string;
  readonly kind: PermitKind;
  readonly holderTaxId: string;
  readonly authority: string;
  readonly resolutionNumber: string;
  readonly area: GeoPolygon;
  readonly validity: Validity;
  readonly standing: Standing;
  readonly plans: readonly HarvestPlan[];
  /** Every lot recorded, and every guide counted: persistent maps, so a fold adds one without copying them all. */
  readonly lotIds: PersistentMap<true>;
  readonly guides: PersistentMap<CountedGuide>;
  /** Guides that could not be counted, by number, in the order they came. */
  readonly guidesNotCounted: readonly GuideNotCountedRecord[];
}

/** Undefined until the permit is registered. */
export type PermitState = Permit | undefined;

export const INITIAL_PERMIT_STATE: PermitState = undefined;
