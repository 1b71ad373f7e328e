import type { Quantity } from '#shared-kernel';

/** A precautionary hold on a lot: it neither moves nor transforms until released or confiscated. */
export interface LotImmobilisedV1 {
  readonly type: 'LotImmobilised';
  readonly version: 1;
  readonly data: {
    readonly lotId: string;
    /** The infraction case that holds the lot. */
    readonly caseRef: string;
    readonly reason: string;
    readonly authority: string;
    /** The checkpoint code, when the load was stopped on the road. */
    readonly checkpoint?: string;
    /** What the lot held when it was immobilised: in m³, or in kg for a lot traded by weight. */
    readonly volume: Quantity;
    readonly at: string;
  };
}
