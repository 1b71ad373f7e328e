import type { SpeciesYieldV1 } from './transformation-recorded.js';

/** Output above the maximum yield, accepted as a declared exception: the sanctions context opens an infraction. */
export interface TransformationFlaggedV1 {
  readonly type: 'TransformationFlagged';
  readonly version: 1;
  readonly data: {
    readonly facilityId: string;
    readonly transformationId: string;
    readonly at: string;
    /** The processor's stated reason for the exception. */
    readonly reason: string;
    /** The species over their yield. */
    readonly overYield: readonly SpeciesYieldV1[];
  };
}
