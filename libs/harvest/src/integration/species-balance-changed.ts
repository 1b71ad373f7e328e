import type { Quantity } from '#shared-kernel';

/**
 * A plan's balance for one species after an extraction or a guide, all in m³, or all in kg for a product traded by weight.
 * moved ≤ extracted ≤ authorised always; what is left to extract is authorised − extracted.
 */
export interface SpeciesBalanceChangedV1 {
  readonly type: 'SpeciesBalanceChanged';
  readonly version: 1;
  readonly data: {
    readonly permitId: string;
    readonly planId: string;
    /** Scientific name. */
    readonly species: string;
    readonly authorised: Quantity;
    readonly extracted: Quantity;
    readonly moved: Quantity;
  };
}
