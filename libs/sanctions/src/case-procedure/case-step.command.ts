import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { CaseSummary } from '../case-file/case-file.response.js';
import type { CaseStepDto } from './case-step.dtos.js';
import type { CaseStepName } from './case-steps.js';

/** Take one step of the sanctioning procedure on a case. */
export class CaseStepCommand extends Command<CaseSummary> {
  constructor(
    readonly step: CaseStepName,
    readonly caseId: string,
    readonly body: CaseStepDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
