/**
 * The resolution can no longer be challenged: custody confiscates and releases the lots as it says, and a sanction's
 * other measures take effect.
 */
export interface CaseClosedV1 {
  readonly type: 'CaseClosed';
  readonly version: 1;
  readonly data: {
    readonly caseId: string;
    readonly authority: string;
    readonly outcome: 'sanction' | 'dismissal';
    /** Complementary measures of a sanction (`confiscation`, `disqualification`, …); none for a dismissal. */
    readonly measures: readonly string[];
    /** The fine in UIT as a decimal string, if any. */
    readonly fineUit?: string;
    readonly accusedTaxId?: string;
    /** The guide whose load the case stopped, whose hold custody lifts. */
    readonly guideNumber?: string;
    /** Lots lost for good, and everything made from them still in the chain. */
    readonly lotsConfiscated: readonly string[];
    /** Lots of the case set free: every other lot it held. */
    readonly lotsReleased: readonly string[];
    readonly at: string;
  };
}
