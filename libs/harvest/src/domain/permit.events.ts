import type { Event, GeoPolygon, Quantity } from '#shared-kernel';
import type { Geolocation, PermitKind, SpeciesAuthorisation, SpeciesVolume, Validity } from './permit.js';
import type { SpeciesBalance } from './permit.balance.js';
import type { GuideNotCountedRecord } from './permit.state.js';

// Quantities in events are in their measure's base unit (m³, or kg for a product traded by weight), rounded to 0.0001; species carry the plan's spelling.

export type PermitRegistered = Event<
  'PermitRegistered',
  {
    readonly permitId: string;
    readonly kind: PermitKind;
    readonly holderTaxId: string;
    readonly authority: string;
    readonly resolutionNumber: string;
    readonly area: GeoPolygon;
    readonly validity: Validity;
  }
>;

export type HarvestPlanApproved = Event<
  'HarvestPlanApproved',
  {
    readonly permitId: string;
    readonly planId: string;
    readonly validity: Validity;
    readonly harvestAreas: readonly GeoPolygon[];
    readonly species: readonly SpeciesAuthorisation[];
  }
>;

interface StandingMeasureTaken {
  readonly permitId: string;
  readonly authority: string;
  readonly reason: string;
  readonly at: string;
}

export type PermitSuspended = Event<'PermitSuspended', StandingMeasureTaken>;
export type PermitReinstated = Event<'PermitReinstated', StandingMeasureTaken>;
export type PermitCancelled = Event<'PermitCancelled', StandingMeasureTaken>;

export type ExtractionRecorded = Event<
  'ExtractionRecorded',
  {
    readonly permitId: string;
    readonly planId: string;
    readonly lotId: string;
    readonly holderTaxId: string;
    readonly species: string;
    readonly volume: Quantity;
    readonly pieces: number;
    readonly harvestDate: string;
    readonly geolocation: Geolocation;
    /** The species' balance in the plan after this extraction, so readers of one event need not fold the stream. */
    readonly balance: SpeciesBalance;
  }
>;

/** One line per species: lines of the same species on the guide are summed. */
export type VolumeMoved = Event<
  'VolumeMoved',
  {
    readonly permitId: string;
    readonly planId: string;
    readonly guideNumber: string;
    readonly lines: readonly SpeciesVolume[];
    /** Each line's species balance in the plan after this guide, in the order of `lines`. */
    readonly balances: readonly SpeciesBalance[];
  }
>;

/**
 * A guide custody issued whose load could not be counted against the plan (moved beyond what was extracted or
 * authorised, an unknown plan, a reused number): recorded, published and shown, because it is how paper
 * volume for laundered timber shows up. Changes no balance.
 */
export type GuideNotCounted = Event<'GuideNotCounted', GuideNotCountedRecord>;

export type PermitEvent =
  | PermitRegistered
  | HarvestPlanApproved
  | PermitSuspended
  | PermitReinstated
  | PermitCancelled
  | ExtractionRecorded
  | VolumeMoved
  | GuideNotCounted;
