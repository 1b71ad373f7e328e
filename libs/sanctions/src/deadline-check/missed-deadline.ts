import { uuidFromName } from '#shared-kernel';
import type { CaseRow } from '../case-list/case-list.projection.js';
import { peruDateOf } from '../domain/calendar/peru-date.js';
import type { CaseStatus } from '../domain/case.js';
import type { DeclareFinal } from '../domain/case.commands.js';

/** The check's name: the actor of what it records, and the root of its command ids. */
export const DEADLINE_CHECK = 'sanctions.deadline-check';

/**
 * The one status a missed deadline moves on: a resolution whose time to ask for a review ran out unused becomes final.
 * A defence not submitted in time moves nothing: the instructor may then issue the instruction report without it,
 * a judgement only the instructor can write.
 */
export const MOVED_ON_WHEN_DUE: CaseStatus = 'resolved';

/** The command a passed deadline calls for, under an id of the case and that deadline: every run sends the same one. */
export interface MissedDeadline {
  readonly id: string;
  readonly command: DeclareFinal;
}

/** What is due on a case at `now`: something only once the Peru day of `now` is after its deadline's last day. */
export function missedDeadline({ caseId, status, deadline }: Pick<CaseRow, 'caseId' | 'status' | 'deadline'>, now: Date): MissedDeadline | undefined {
  const at = now.toISOString();
  if (status !== MOVED_ON_WHEN_DUE || deadline === null || peruDateOf(at) <= deadline) return undefined;
  return { id: uuidFromName(`${DEADLINE_CHECK}/${caseId}/review/${deadline}`), command: { type: 'DeclareFinal', data: { caseId, at } } };
}
