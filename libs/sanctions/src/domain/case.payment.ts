import { exact, roundHalfUp, written } from './fine/exact.js';
import type { RecordFinePayment } from './case.commands.js';
import type { CaseEvent } from './case.events.js';
import { CaseNotFound, FineAlreadyPaid, InvalidCaseStep, StepNotAllowed } from './case.errors.js';
import type { CaseState } from './case.state.js';

/** The fine in UIT in soles at a year's UIT, to the céntimo, half up. */
export function fineInSoles(fineUit: string, uitSoles: string): string {
  return written(roundHalfUp(exact(fineUit).times(exact(uitSoles)), 2), 2);
}

/** A final fine is paid once, at the UIT of the year of payment (domain.md): any other amount is refused. */
export function recordFinePayment({ data }: RecordFinePayment, state: CaseState): CaseEvent[] {
  if (!state) throw new CaseNotFound(data.caseId);
  if (state.status !== 'final') throw new StepNotAllowed(state.caseId, 'recording the payment of the fine', state.status, ['final']);
  const fineUit = state.resolution?.outcome === 'sanction' ? state.resolution.fineUit : undefined;
  if (fineUit === undefined) throw new InvalidCaseStep(state.caseId, 'fine', 'was not imposed by the final resolution: there is nothing to pay');
  if (state.finePaid) throw new FineAlreadyPaid(state.caseId, state.finePaid.receipt);
  const due = fineInSoles(fineUit, data.uit.soles);
  if (!exact(data.amountSoles).eq(exact(due))) {
    throw new InvalidCaseStep(state.caseId, 'amountSoles', `must be S/ ${due}: ${fineUit} UIT at the UIT of ${data.uit.year} (S/ ${data.uit.soles}), the year it was paid`);
  }
  const { caseId, by: recordedBy, receipt, uit, paidAt } = data;
  return [{ type: 'FinePaid', data: { caseId, receipt, amountSoles: due, uit, paidAt, recordedBy } }];
}
