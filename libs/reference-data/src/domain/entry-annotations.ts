import { type Finding, finding } from './entry-findings.js';

/** `confirm`: some figure of the entry awaits confirmation against its source (the note says which). */
export const ENTRY_STATUSES = ['confirm'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/** What every entry may carry besides its figures: where they come from, and whether they are settled. */
export interface EntryAnnotations {
  readonly status?: EntryStatus;
  readonly source?: string;
  readonly note?: string;
}

export function annotationFindings(entries: readonly EntryAnnotations[]): Finding[] {
  return entries.flatMap((entry, index) =>
    entry.status === undefined || ENTRY_STATUSES.includes(entry.status) ? [] : [finding(index, 'status', `status must be ${ENTRY_STATUSES.join(', ')} when given`)],
  );
}
