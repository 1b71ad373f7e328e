import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import { CaseSummary } from '../case-file/case-file.response.js';
import { InspectionDto, OpenCaseDto } from './inspection.dtos.js';
import { AddFindingsCommand, OpenCaseCommand } from './open-case.command.js';

@ApiTags('cases')
@Controller('cases')
@Roles(Role.Regulator)
export class CaseOpeningController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: "Open a case by hand: an inspector, before the inspector's own authority",
    description: 'The inspection (acta): the place, whom the case is about, its findings, the officers present (a joint control: SUNAT, PNP, FEMA…) and the evidence gathered (photo hashes, scale tickets, GPS fixes, witnesses).',
  })
  @ApiCreatedResponse({ type: CaseSummary, description: 'The case opened (on a retry with the same Idempotency-Key, as first opened)' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths (a place with neither name nor position: `place`; facts after the report: `findings.<i>.at`)' })
  @ApiConflictResponse({ description: '`idempotency_key_reused`' })
  open(@Body() body: OpenCaseDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<CaseSummary> {
    return this.commands.execute(new OpenCaseCommand(body, actor, key));
  }

  @Post(':caseId/findings')
  @HttpCode(HttpStatus.CREATED)
  @AcceptsIdempotencyKey()
  @ApiOperation({ summary: "Add an inspection's findings, officers present and evidence to a case before it is final: a regulator of the case's authority" })
  @ApiCreatedResponse({ type: CaseSummary, description: 'The case with the findings added (on a retry with the same Idempotency-Key, as first added)' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths' })
  @ApiForbiddenResponse({ description: '`not_acting_for`: a regulator of another authority' })
  @ApiNotFoundResponse({ description: '`case_not_found`' })
  @ApiConflictResponse({ description: '`procedure_step_not_allowed`: the case is final; `idempotency_key_reused`' })
  addFindings(@IdParam('caseId') caseId: string, @Body() body: InspectionDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<CaseSummary> {
    return this.commands.execute(new AddFindingsCommand(caseId, body, actor, key));
  }
}
