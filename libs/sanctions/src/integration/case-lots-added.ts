/** A later flag or a seizure brought more lots into an open case. */
export interface CaseLotsAddedV1 {
  readonly type: 'CaseLotsAdded';
  readonly version: 1;
  readonly data: { readonly caseId: string; readonly authority: string; readonly lots: readonly string[]; readonly at: string };
}
