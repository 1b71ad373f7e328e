import type { Position, Quantity } from '#shared-kernel';
import type { ConsigneeKind } from '../guide.js';
import type { RuleCode } from './check-result.js';
import type { ProductType } from '../lot.js';

// What the handler gathers for a scan, as it stood at the observation time, and passes in the command.

export interface CheckpointFacts {
  readonly code: string;
  /** The checkpoint's registered position: travel is measured between places on the road, not noisy device fixes. */
  readonly position: Position;
  /** The authority whose officers run the checkpoint and would immobilise the load. */
  readonly authority: string;
}

/** The published scan rules' thresholds and outcomes (reference data `scan-rules`): no law sets them, SERFOR publishes them. */
export interface ScanThresholds {
  readonly volumeTolerancePercent: number;
  /** Pieces more or fewer than declared, per species, that still match. */
  readonly pieceTolerance: number;
  readonly weightTolerancePercent: number;
  readonly maximumSpeedKmPerHour: number;
  /** Hours a load may plausibly spend beyond driving time between two places (rest, repairs, queues). */
  readonly maximumDwellHours: number;
  /** Corridor width for guides whose trajectory does not set one. */
  readonly corridorWidthKm: number;
  /** The checks whose failing result the rules make a warning (an observation), in check order; every other failing check immobilises. Absent on scans judged before each check's outcome was published. */
  readonly failingAsWarning?: readonly RuleCode[];
  /** What a driver neither on the guide nor on a transshipment was, on scans judged before each check's outcome was published. */
  readonly driverMismatch?: 'warning' | 'failure';
}

export type ThreatCategory = 'CR' | 'EN' | 'VU' | 'NT' | 'confirm';
export type CitesAppendix = 'I' | 'II' | 'III' | 'confirm';

/** The species catalogue in force, for a declared or observed name (a binomial, or a genus). */
export interface SpeciesFacts {
  readonly name: string;
  readonly genusLevelAllowed: boolean;
  /** `confirm`: reported but not yet confirmed. */
  readonly threatCategory: ThreatCategory | null;
  readonly citesAppendix: CitesAppendix | null;
  readonly greenDensityKgPerM3: number | null;
  /** The density awaits confirmation: a weight judged by it is an observation, never alone a failure that immobilises. */
  readonly greenDensityUnconfirmed?: true;
}

/** In the measure the plan authorises the species in: m³, or kg for a product traded by weight. */
export interface SpeciesQuota {
  readonly species: string;
  readonly authorised: Quantity;
  /** Moved under the plan's other guides, in the quota's measure: this guide's own load is what the scan adds. */
  readonly movedByOtherGuides: Quantity;
}

/** The permit and plan as they stood at the observation time; an unknown permit is not active. */
export interface PermitOriginFacts {
  readonly kind: 'permit';
  readonly permitActive: boolean;
  readonly planValid: boolean;
  /** Every species the plan authorises. */
  readonly quotas: readonly SpeciesQuota[];
}

/** A maximum yield applied to a species' output that awaits confirmation in the catalogue. */
export type UnconfirmedYieldCap = {
  readonly input: ProductType;
  readonly output: ProductType;
  readonly maxYield: number;
};

/** One species through a processor's transformations up to the observation, in m³. */
export interface SpeciesYieldFacts {
  readonly species: string;
  /** What its transformations took in of the species. */
  readonly inputM3: number;
  /** What their output of the species needed of it at the maximum yield in force for each input → output product. */
  readonly inputNeededM3: number;
  /** The caps applied that await confirmation: output over them is an observation, never alone a failure that immobilises. */
  readonly unconfirmedCaps?: readonly UnconfirmedYieldCap[];
  /** With `unconfirmedCaps`: the input needed with those caps limiting nothing (1 m³ for 1), what the confirmed caps alone call for. */
  readonly inputNeededAtConfirmedCapsM3?: number;
}

export interface ProcessorOriginFacts {
  readonly kind: 'processor';
  readonly authorised: boolean;
  readonly yields: readonly SpeciesYieldFacts[];
}

export type OriginFacts = PermitOriginFacts | ProcessorOriginFacts;

export interface CitesPermit {
  readonly number: string;
  readonly scientificName: string;
  /** What it covers: a volume, or a weight for a product traded by weight. */
  readonly volume: Quantity;
  readonly validFrom: string;
  readonly validUntil: string;
}

/** The destination facility as the registers know it. */
export interface DestinationFacts {
  readonly facilityId: string;
  readonly holderTaxId: string;
  readonly kind: ConsigneeKind;
  readonly authorised: boolean;
}

/** The same plate or guide number seen at another checkpoint, from other guides' scans. */
export interface Sighting {
  readonly checkpoint: string;
  /** The checkpoint's registered position. */
  readonly position: Position;
  readonly observedAt: string;
  readonly guideNumber: string;
  readonly plate: string;
}

export interface ScanFacts {
  readonly checkpoint: CheckpointFacts;
  readonly thresholds: ScanThresholds;
  /** The version of the published scan rules the thresholds come from. */
  readonly rulesVersion: number;
  readonly species: readonly SpeciesFacts[];
  /** Absent only when no guide was issued under the number scanned. */
  readonly origin?: OriginFacts;
  readonly citesPermits: readonly CitesPermit[];
  /** Absent when the registers know no facility under the guide's destination. */
  readonly destination?: DestinationFacts;
  readonly sightings: readonly Sighting[];
}
