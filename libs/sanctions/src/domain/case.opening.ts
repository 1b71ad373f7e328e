import type { RecordFindings } from './case.commands.js';
import type { CaseEvent } from './case.events.js';
import { InvalidCaseStep, StepNotAllowed } from './case.errors.js';
import { REPORTING_STATUSES } from './case.identification.js';
import type { CaseState } from './case.state.js';

/**
 * The first flag or inspection opens the case; each later flag adds its findings, even once final: the file keeps
 * every fact seen about the load. An inspector adds to a case only until it is final, as with any other evidence.
 * A case stays with the authority that opened it.
 */
export function recordFindings({ data }: RecordFindings, state: CaseState): CaseEvent[] {
  const { caseId, authority, source, subject, lots, findings } = data;
  if (findings.length === 0) throw new InvalidCaseStep(caseId, 'findings', 'must hold at least one finding');
  if (!state) return [{ type: 'CaseOpened', data: { caseId, authority, source, subject, lots, findings } }];
  if (source.kind === 'inspection' && state.status === 'final') throw new StepNotAllowed(caseId, 'adding an inspection’s findings', state.status, REPORTING_STATUSES);
  return [{ type: 'FindingsAdded', data: { caseId, source, findings, lots } }];
}
