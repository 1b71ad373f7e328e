/** A later flag named lots in the case (some may already be its own): they stand under it too. */
export interface CaseLotsAddedV1 {
  readonly type: 'CaseLotsAdded';
  readonly version: 1;
  readonly data: { readonly caseId: string; readonly authority: string; readonly lots: readonly string[]; readonly at: string };
}
