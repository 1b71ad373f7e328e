import type { Quantity } from '#shared-kernel';

/** Final loss of a lot (decomiso); certificates whose lineage holds it no longer stand. */
export interface LotConfiscatedV1 {
  readonly type: 'LotConfiscated';
  readonly version: 1;
  readonly data: {
    readonly lotId: string;
    readonly caseRef: string;
    readonly authority: string;
    readonly species: string;
    /** In m³, or in kg for a lot traded by weight. */
    readonly volume: Quantity;
    readonly at: string;
  };
}
