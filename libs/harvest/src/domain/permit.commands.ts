import type { Command, GeoPolygon, Quantity } from '#shared-kernel';
import type { Geolocation, PermitKind, SpeciesAuthorisation, SpeciesVolume, Validity } from './permit.js';

export type RegisterPermit = Command<
  'RegisterPermit',
  {
    readonly permitId: string;
    readonly kind: PermitKind;
    /** The holder's RUC: 11 digits. */
    readonly holderTaxId: string;
    readonly authority: string;
    readonly resolutionNumber: string;
    readonly area: GeoPolygon;
    readonly validity: Validity;
  }
>;

export type ApproveHarvestPlan = Command<
  'ApproveHarvestPlan',
  {
    readonly permitId: string;
    readonly planId: string;
    readonly validity: Validity;
    readonly harvestAreas: readonly GeoPolygon[];
    readonly species: readonly SpeciesAuthorisation[];
  }
>;

/** A measure on the permit's standing, taken by an authority at an instant (ISO-8601). */
interface StandingMeasure {
  readonly permitId: string;
  readonly authority: string;
  readonly reason: string;
  readonly at: string;
}

export type SuspendPermit = Command<'SuspendPermit', StandingMeasure>;
export type ReinstatePermit = Command<'ReinstatePermit', StandingMeasure>;
/** Final: e.g. OSINFOR's "caducidad". */
export type CancelPermit = Command<'CancelPermit', StandingMeasure>;

export type RecordExtraction = Command<
  'RecordExtraction',
  {
    readonly permitId: string;
    readonly planId: string;
    readonly lotId: string;
    /** Scientific name. */
    readonly species: string;
    /** In the measure of the species' quota: a volume for timber, a weight for a product traded by weight. */
    readonly volume: Quantity;
    readonly pieces: number;
    /** Calendar date (`YYYY-MM-DD`). */
    readonly harvestDate: string;
    readonly geolocation: Geolocation;
    /** A Point's decimal digits of longitude and latitude as the sender wrote them (parsing drops trailing zeros); counted on the numbers when absent. */
    readonly pointDecimals?: readonly [number, number];
  }
>;

/** Counts what a guide issued in custody moves out of one of this permit's plans. */
export type RecordVolumeMoved = Command<
  'RecordVolumeMoved',
  {
    readonly permitId: string;
    readonly planId: string;
    readonly guideNumber: string;
    readonly lines: readonly SpeciesVolume[];
  }
>;

export type PermitCommand =
  | RegisterPermit
  | ApproveHarvestPlan
  | SuspendPermit
  | ReinstatePermit
  | CancelPermit
  | RecordExtraction
  | RecordVolumeMoved;
