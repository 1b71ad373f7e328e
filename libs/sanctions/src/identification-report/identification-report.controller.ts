import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import { IdentificationReportDto } from './identification-report.dto.js';
import { IdentificationReportResponse } from './identification-report.response.js';
import { RecordIdentificationCommand } from './record-identification.command.js';

@ApiTags('cases')
@Controller('cases')
export class IdentificationReportController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':caseId/identification-reports')
  @HttpCode(HttpStatus.CREATED)
  @Roles(Role.Regulator)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: "Add a species identification report to a case before it is final: a regulator of the case's authority",
    description:
      'The certificate number is looked up in the register of certified identifiers in force on the day of the identification. A number the register does not hold, or a certificate that did not cover that day, is still recorded, with `certificateValid: false`: the report is evidence, but does not settle a species dispute.',
  })
  @ApiCreatedResponse({ type: IdentificationReportResponse, description: 'Recorded (or, on a retry with the same Idempotency-Key, recorded before)' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths (a species not in the catalogue in force on the day: `species`); `invalid_case_step` (a lot not of the case, an identification after the report)' })
  @ApiForbiddenResponse({ description: "`not_acting_for`: a regulator of another authority" })
  @ApiNotFoundResponse({ description: '`case_not_found`' })
  @ApiConflictResponse({ description: '`procedure_step_not_allowed`: the case is final; `idempotency_key_reused`' })
  record(@IdParam('caseId') caseId: string, @Body() body: IdentificationReportDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<IdentificationReportResponse> {
    return this.commands.execute(new RecordIdentificationCommand(caseId, body, actor, key));
  }
}
