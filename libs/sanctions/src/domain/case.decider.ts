import { aggregateStream, type Decider } from '#shared-kernel';
import type { CaseCommand } from './case.commands.js';
import { CaseNotFound } from './case.errors.js';
import type { CaseEvent } from './case.events.js';
import { evolveCase } from './case.evolve.js';
import { recordIdentification } from './case.identification.js';
import { recordFindings } from './case.opening.js';
import { withdrawScanFindings } from './case.withdrawal.js';
import { recordFinePayment } from './case.payment.js';
import { declareFinal, decideReview, issueInstructionReport, notifyCharges, notifyFinalReport, requestReview, resolveCase, submitDefence } from './case.procedure.js';
import type { CaseState } from './case.state.js';

/** One infraction case (stream `case-<caseId>`): its findings and its way through the sanctioning procedure. */
export const caseDecider: Decider<CaseCommand, CaseEvent, CaseState> = {
  initialState: undefined,
  decide(command, state): readonly CaseEvent[] {
    switch (command.type) {
      case 'RecordFindings':
        return recordFindings(command, state);
      case 'WithdrawScanFindings':
        return withdrawScanFindings(command, state);
      case 'NotifyCharges':
        return notifyCharges(command, state);
      case 'SubmitDefence':
        return submitDefence(command, state);
      case 'IssueInstructionReport':
        return issueInstructionReport(command, state);
      case 'NotifyFinalReport':
        return notifyFinalReport(command, state);
      case 'ResolveCase':
        return resolveCase(command, state);
      case 'RequestReview':
        return requestReview(command, state);
      case 'DecideReview':
        return decideReview(command, state);
      case 'DeclareFinal':
        return declareFinal(command, state);
      case 'RecordFinePayment':
        return recordFinePayment(command, state);
      case 'RecordIdentification':
        return recordIdentification(command, state);
      default:
        return unknownCommand(command);
    }
  },
  evolve: evolveCase,
};

function unknownCommand(command: never): never {
  throw new Error(`Unknown case command ${JSON.stringify(command)}`);
}

/** Cases' streams, `case-<caseId>`. */
export const caseStream = aggregateStream('case', caseDecider, { missing: (caseId) => new CaseNotFound(caseId) });
