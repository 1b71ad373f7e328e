import type { Volume } from '#shared-kernel';

/**
 * A plan's balance for one species after an extraction or a guide, all in m³.
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
    readonly authorised: Volume;
    readonly extracted: Volume;
    readonly moved: Volume;
  };
}
