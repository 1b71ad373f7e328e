import type { GeoPolygon } from '#shared-kernel';
import type { PermitKind, PermitStatus, Validity } from './permit.js';

/** One species of a plan; every figure in m³. */
export interface SpeciesQuota {
  readonly species: string;
  readonly authorisedM3: number;
  readonly extractedM3: number;
  readonly movedM3: number;
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

/** A guide's load as counted, so the same guide arriving again can be told from a reused number. */
export interface CountedGuide {
  readonly planId: string;
  /** m³ per species (the plan's spelling), sorted by species. */
  readonly lines: readonly { readonly species: string; readonly m3: number }[];
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
  readonly lotIds: ReadonlySet<string>;
  readonly guides: ReadonlyMap<string, CountedGuide>;
}

/** Undefined until the permit is registered. */
export type PermitState = Permit | undefined;

export const INITIAL_PERMIT_STATE: PermitState = undefined;
