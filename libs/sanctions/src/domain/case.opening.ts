import type { RecordFindings } from './case.commands.js';
import type { CaseEvent } from './case.events.js';
import { InvalidCaseStep } from './case.errors.js';
import type { CaseState } from './case.state.js';

/**
 * The first flag opens the case; each later one adds its findings, even once resolved: the file keeps every fact
 * seen about the load. A case stays with the authority that opened it.
 */
export function recordFindings({ data }: RecordFindings, state: CaseState): CaseEvent[] {
  const { caseId, authority, source, subject, lots, findings } = data;
  if (findings.length === 0) throw new InvalidCaseStep(caseId, 'findings', 'must hold at least one finding');
  if (!state) return [{ type: 'CaseOpened', data: { caseId, authority, source, subject, lots, findings } }];
  return [{ type: 'FindingsAdded', data: { caseId, source, findings, lots } }];
}
