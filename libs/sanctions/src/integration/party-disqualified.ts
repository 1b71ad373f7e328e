/** A final sanction bars a party (by RUC or identity document) from forestry titles until a date. */
export interface PartyDisqualifiedV1 {
  readonly type: 'PartyDisqualified';
  readonly version: 1;
  readonly data: {
    readonly caseId: string;
    readonly authority: string;
    /** RUC or identity document number. */
    readonly taxId: string;
    /** First and last day (Peru dates) the disqualification runs. */
    readonly from: string;
    readonly until: string;
    readonly at: string;
  };
}
