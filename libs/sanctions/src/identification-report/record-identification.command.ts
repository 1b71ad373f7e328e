import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { IdentificationReportDto } from './identification-report.dto.js';
import type { IdentificationReportResponse } from './identification-report.response.js';

/** Add a species identification report to a case. */
export class RecordIdentificationCommand extends Command<IdentificationReportResponse> {
  constructor(
    readonly caseId: string,
    readonly body: IdentificationReportDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
