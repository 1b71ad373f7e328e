import { describe, expect, it } from '@jest/globals';
import type { CaseStatus } from '../domain/case.js';
import { missedDeadline } from './missed-deadline.js';

const CASE = 'CASE-GTF-2026-000123';
const resolved = (deadline: string | null, status: CaseStatus = 'resolved') => ({ caseId: CASE, status, deadline });

describe('what a passed deadline moves', () => {
  it('declares a resolution final once the Peru day is after the last day to ask for a review', () => {
    // 05:00 UTC is midnight in Peru: the 22nd begins there.
    const now = new Date('2026-07-22T05:00:00Z');
    expect(missedDeadline(resolved('2026-07-21'), now)?.command).toEqual({ type: 'DeclareFinal', data: { caseId: CASE, at: '2026-07-22T05:00:00.000Z' } });
  });

  it('leaves the resolution alone on its last day, to its last minute in Peru', () => {
    expect(missedDeadline(resolved('2026-07-21'), new Date('2026-07-22T04:59:59Z'))).toBeUndefined();
    expect(missedDeadline(resolved('2026-07-21'), new Date('2026-07-21T12:00:00Z'))).toBeUndefined();
  });

  it('sends one command id for the case and its deadline, whenever it runs, and another for another case or deadline', () => {
    const first = missedDeadline(resolved('2026-07-21'), new Date('2026-07-22T06:00:00Z'))!;
    const later = missedDeadline(resolved('2026-07-21'), new Date('2026-08-30T18:00:00Z'))!;
    expect(later.id).toBe(first.id);
    expect(later.command.data.at).not.toBe(first.command.data.at);
    expect(missedDeadline(resolved('2026-07-20'), new Date('2026-07-22T06:00:00Z'))!.id).not.toBe(first.id);
    expect(missedDeadline({ ...resolved('2026-07-21'), caseId: 'CASE-GTF-2026-000124' }, new Date('2026-07-22T06:00:00Z'))!.id).not.toBe(first.id);
  });

  it.each<CaseStatus>(['detected', 'charged', 'defence_submitted', 'instructed', 'final_report_notified', 'under_review', 'final'])('moves nothing on a case %s, its deadline passed or not', (status) => {
    expect(missedDeadline(resolved('2026-07-21', status), new Date('2026-09-01T12:00:00Z'))).toBeUndefined();
  });

  it('moves nothing on a resolution with no period running', () => {
    expect(missedDeadline(resolved(null), new Date('2026-09-01T12:00:00Z'))).toBeUndefined();
  });
});
