import type { Quantity } from '#shared-kernel';
import type { ScanRuleV1 } from './shipment-scanned.js';

/** Evidence as the check recorded it: JSON data. */
export type CheckValueV1 = string | number | boolean | null | readonly CheckValueV1[] | { readonly [key: string]: CheckValueV1 };

export interface FailedCheckV1 {
  readonly rule: ScanRuleV1;
  readonly expected: CheckValueV1;
  readonly observed: CheckValueV1;
  readonly message: string;
}

/** Pieces and m³ (or kg) of one species of a load: a species seen in both measures has a line in each. */
export interface LoadLineV1 {
  readonly species: string;
  readonly pieces: number;
  /** In m³, or in kg for a product traded by weight. */
  readonly volume: Quantity;
}

/** Timber beyond the guide, seized as a lot of unproven origin under the load's case. */
export interface SeizedLotV1 extends LoadLineV1 {
  readonly lotId: string;
  readonly basis: 'species_not_declared' | 'volume_beyond_declared' | 'pieces_beyond_declared' | 'pieces_not_listed' | 'no_guide';
  /** With basis `pieces_not_listed`: the codes of the pieces seized. */
  readonly pieceCodes?: readonly string[];
}

/**
 * A scan found timber without legal cover: the load is immobilised on the spot and the sanctions
 * context opens an infraction case from the failed checks.
 */
export interface ShipmentFlaggedV1 {
  readonly type: 'ShipmentFlagged';
  readonly version: 1;
  readonly data: {
    readonly guideNumber: string;
    readonly scanId: string;
    /** The guide's lots; empty when no guide was issued under the number. */
    readonly lots: readonly string[];
    /** Whom the guide names as holder; absent when no guide was issued under the number. */
    readonly holderTaxId?: string;
    readonly checkpoint: string;
    /** The authority running the checkpoint, which immobilises the load. */
    readonly authority: string;
    readonly plate: string;
    readonly driverId: string;
    readonly observedAt: string;
    readonly failedChecks: readonly FailedCheckV1[];
    /** The load's case, under which custody holds it; absent on flags published before holds named it. */
    readonly caseId?: string;
    /** Declared, observed and seized side by side, per species; absent on flags published before. */
    readonly load?: { readonly declared: readonly LoadLineV1[]; readonly observed: readonly LoadLineV1[]; readonly seized: readonly SeizedLotV1[] };
  };
}
