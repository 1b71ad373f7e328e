import { DomainError } from '#shared-kernel';
import type { CaseStatus } from './case.js';

export class CaseNotFound extends DomainError {
  constructor(caseId: string) {
    super('not_found', 'case_not_found', `Infraction case ${caseId} does not exist`, { caseId });
  }
}

/** The procedure allows the step only at other stages: says where the case stands and what it allows. */
export class StepNotAllowed extends DomainError {
  constructor(caseId: string, step: string, status: CaseStatus, allowedFrom: readonly CaseStatus[]) {
    super('conflict', 'procedure_step_not_allowed', `Case ${caseId} is ${status.replaceAll('_', ' ')}: ${step} is allowed only when it is ${allowedFrom.map((s) => s.replaceAll('_', ' ')).join(' or ')}`, {
      caseId,
      step,
      status,
      allowedFrom,
    });
  }
}

/** Instructing and deciding are separate (Law 27444, art. 254): one officer may not do both in a case. */
export class SeparationOfDuties extends DomainError {
  constructor(caseId: string, officer: string, acted: string, step: string) {
    super('forbidden', 'separation_of_duties', `In case ${caseId}, ${officer} ${acted} and so may not ${step}`, { caseId, officer, acted, step });
  }
}

export class NotTheAccused extends DomainError {
  constructor(caseId: string, taxId: string) {
    super('forbidden', 'not_the_accused', `Only the party charged in case ${caseId} may submit its defence or ask for a review, not ${taxId}`, { caseId, taxId });
  }
}

export class FineAlreadyPaid extends DomainError {
  constructor(caseId: string, receipt: string) {
    super('conflict', 'fine_already_paid', `The fine of case ${caseId} was paid already, receipt ${receipt}`, { caseId, receipt });
  }
}

export class InvalidCaseStep extends DomainError {
  constructor(caseId: string, field: string, problem: string) {
    super('invalid', 'invalid_case_step', `Case ${caseId}: ${field} ${problem}`, { caseId, field, problem });
  }
}
