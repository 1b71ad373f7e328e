import type { Volume } from '#shared-kernel';

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
    /** In m³: what the lot held when it was immobilised. */
    readonly volume: Volume;
    readonly at: string;
  };
}
