import type { WithdrawScanFindings } from './case.commands.js';
import type { CaseEvent } from './case.events.js';
import type { Finding } from './case.js';
import type { CaseState } from './case.state.js';

/**
 * Marks a scan's findings withdrawn, whatever the case's step: the file keeps every fact, and the regulator decides
 * what the rest of the case stands on. A scan the case never took, or one withdrawn already, changes nothing.
 */
export function withdrawScanFindings({ data }: WithdrawScanFindings, state: CaseState): CaseEvent[] {
  if (!state || !state.sources.some((source) => source.kind === 'scan' && source.scanId === data.scanId)) return [];
  if (state.withdrawnScans?.some((withdrawn) => withdrawn.scanId === data.scanId)) return [];
  return [{ type: 'ScanFindingsWithdrawn', data }];
}

/** The findings a withdrawal did not take back: a withdrawn scan's findings stay in the file but suggest no conduct. */
export function standingFindings(events: readonly CaseEvent[]): Finding[] {
  const withdrawn = new Set(events.flatMap((event) => (event.type === 'ScanFindingsWithdrawn' ? [event.data.scanId] : [])));
  return events.flatMap((event) => {
    if (event.type !== 'CaseOpened' && event.type !== 'FindingsAdded') return [];
    const { source, findings } = event.data;
    return source.kind === 'scan' && withdrawn.has(source.scanId) ? [] : findings;
  });
}
