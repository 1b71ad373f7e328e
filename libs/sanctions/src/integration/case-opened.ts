/** A case now stands against a load, a permit or a party: certificates over its lots are suspended while it is open. */
export interface CaseOpenedV1 {
  readonly type: 'CaseOpened';
  readonly version: 1;
  readonly data: {
    readonly caseId: string;
    readonly authority: string;
    /** What raised it: `scan`, `guide_count`, `transformation` or `inspection`. */
    readonly source: string;
    /** The lots the case holds or names, seized lots included. */
    readonly lots: readonly string[];
    readonly guideNumber?: string;
    readonly permitId?: string;
    readonly holderTaxId?: string;
    readonly at: string;
  };
}
