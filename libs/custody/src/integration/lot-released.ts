/** The case that immobilised a lot released it after review: the lot may move and be transformed again. */
export interface LotReleasedV1 {
  readonly type: 'LotReleased';
  readonly version: 1;
  readonly data: {
    readonly lotId: string;
    /** The infraction case that held the lot. */
    readonly caseRef: string;
    /** The regulator that released it. */
    readonly authority: string;
    readonly at: string;
  };
}
