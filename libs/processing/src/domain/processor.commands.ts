import type { Command, GeoPoint, Quantity, Volume } from '#shared-kernel';
import type { LotHold } from './lot-holds.js';
import type { ProcessorKind, ProductType, TimberProduct, Validity, YieldFact } from './processor.js';

export type RegisterProcessor = Command<
  'RegisterProcessor',
  {
    readonly facilityId: string;
    readonly holderTaxId: string;
    readonly kind: ProcessorKind;
    readonly authority: string;
    /** The resolution that authorises the facility. */
    readonly resolution: string;
    readonly validity: Validity;
    readonly position: GeoPoint;
  }
>;

export type SuspendProcessor = Command<'SuspendProcessor', { readonly reason: string; readonly authority: string; readonly at: string }>;

export type ReinstateProcessor = Command<'ReinstateProcessor', { readonly reason: string; readonly authority: string; readonly at: string }>;

/** From custody's LotDelivered: the lot enters the facility's inventory. */
export type ReceiveLot = Command<
  'ReceiveLot',
  {
    readonly lotId: string;
    readonly guideNumber: string;
    readonly species: string;
    readonly productType: ProductType;
    /** m³ of timber, kg of a non_timber product. */
    readonly volume: Quantity;
    readonly at: string;
  }
>;

export interface TransformationInput {
  readonly lotId: string;
  /** How much of the lot the transformation takes. */
  readonly volume: Volume;
}

export interface TransformationOutput {
  /** The new product lot's id. */
  readonly lotId: string;
  readonly productType: TimberProduct;
  readonly species: string;
  readonly volume: Volume;
}

export type RecordTransformation = Command<
  'RecordTransformation',
  {
    readonly transformationId: string;
    readonly at: string;
    readonly inputs: readonly TransformationInput[];
    readonly outputs: readonly TransformationOutput[];
    /** Passed by the handler from the yield catalogue in force at `at`. */
    readonly yieldFacts: readonly YieldFact[];
    /** Passed by the handler: custody's holds on the inputs as recorded now, so a transformation dated earlier does not escape one. */
    readonly holds: readonly LotHold[];
    /** Declares output above the maximum yield on purpose: recorded, and flagged for review. */
    readonly exception?: { readonly reason: string };
  }
>;

export type ProcessorCommand = RegisterProcessor | SuspendProcessor | ReinstateProcessor | ReceiveLot | RecordTransformation;
