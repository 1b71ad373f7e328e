import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { CaseSummary } from '../case-file/case-file.response.js';
import type { InspectionDto, OpenCaseDto } from './inspection.dtos.js';

/** An inspector opens a case by hand, before the authority the inspector works for. */
export class OpenCaseCommand extends Command<CaseSummary> {
  constructor(
    readonly body: OpenCaseDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}

/** An inspector adds a further report to a case of the inspector's authority. */
export class AddFindingsCommand extends Command<CaseSummary> {
  constructor(
    readonly caseId: string,
    readonly body: InspectionDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
