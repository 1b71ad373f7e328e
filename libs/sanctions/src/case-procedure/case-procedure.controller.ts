import { applyDecorators, Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import { CaseSummary } from '../case-file/case-file.response.js';
import { CaseStepCommand } from './case-step.command.js';
import { CaseStepDto, FinePaymentDto, InstructionReportDto, NotifyChargesDto, ResolutionDto, ReviewDecisionDto, ReviewRequestDto, SubmitDefenceDto } from './case-step.dtos.js';
import type { CaseStepName } from './case-steps.js';

/** Every step answers alike: the case as it stands after it. */
function Step(step: CaseStepName, roles: [Role, ...Role[]], summary: string): MethodDecorator {
  return applyDecorators(
    Post(`:caseId/${step}`),
    HttpCode(HttpStatus.OK),
    Roles(...roles),
    AcceptsIdempotencyKey(),
    ApiOperation({ summary }),
    ApiOkResponse({ type: CaseSummary, description: 'The case after the step (on a retry with the same Idempotency-Key, as the first time left it)' }),
    ApiBadRequestResponse({ description: '`validation_failed` with field paths; `invalid_case_step` (a date inside a period, a sanction without fine or measure)' }),
    ApiForbiddenResponse({ description: "`not_acting_for` (another authority's case, another party), `separation_of_duties`, `not_the_accused`" }),
    ApiNotFoundResponse({ description: '`case_not_found`' }),
    ApiConflictResponse({ description: '`procedure_step_not_allowed`: the case is not at a stage that allows the step' }),
  );
}

@ApiTags('cases')
@Controller('cases')
export class CaseProcedureController {
  constructor(private readonly commands: CommandBus) {}

  @Step('charges', [Role.Regulator], "Notify charges (the officer becomes the case's instructor): a regulator of the case's authority")
  charges(@IdParam('caseId') caseId: string, @Body() body: NotifyChargesDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string) {
    return this.commands.execute(new CaseStepCommand('charges', caseId, body, actor, key));
  }

  @Step('defences', [Role.PermitHolder, Role.Processor, Role.Carrier], 'Submit a defence to the charges, or to the final report: the party charged (a permit holder of its RUC, or the processor of the facility whose holder is charged)')
  defences(@IdParam('caseId') caseId: string, @Body() body: SubmitDefenceDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string) {
    return this.commands.execute(new CaseStepCommand('defences', caseId, body, actor, key));
  }

  @Step('instruction-report', [Role.Regulator], 'Issue the instruction report, after the defence or its period: the instructor')
  instructionReport(@IdParam('caseId') caseId: string, @Body() body: InstructionReportDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string) {
    return this.commands.execute(new CaseStepCommand('instruction-report', caseId, body, actor, key));
  }

  @Step('final-report', [Role.Regulator], 'Notify the final report, opening a second defence: the instructor')
  finalReport(@IdParam('caseId') caseId: string, @Body() body: CaseStepDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string) {
    return this.commands.execute(new CaseStepCommand('final-report', caseId, body, actor, key));
  }

  @Step('resolution', [Role.Regulator], 'Resolve: sanction (a fine computed from the conduct, species and graduation given, with its breakdown; measures, the lots confiscated, a disqualification) or dismissal, by an officer of the authority who did not instruct it')
  resolution(@IdParam('caseId') caseId: string, @Body() body: ResolutionDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string) {
    return this.commands.execute(new CaseStepCommand('resolution', caseId, body, actor, key));
  }

  @Step('reviews', [Role.PermitHolder, Role.Processor, Role.Carrier], "Ask for reconsideration, or appeal (OSINFOR's cases to its tribunal, TFFS): the party sanctioned, within the period")
  reviews(@IdParam('caseId') caseId: string, @Body() body: ReviewRequestDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string) {
    return this.commands.execute(new CaseStepCommand('reviews', caseId, body, actor, key));
  }

  @Step('review-decision', [Role.Regulator], 'Decide the review: a regulator of the reviewing body who neither instructed nor (for an appeal) resolved the case')
  reviewDecision(@IdParam('caseId') caseId: string, @Body() body: ReviewDecisionDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string) {
    return this.commands.execute(new CaseStepCommand('review-decision', caseId, body, actor, key));
  }

  @Step('finality', [Role.Regulator], 'Declare the resolution final once the period to ask for a review has passed unused')
  finality(@IdParam('caseId') caseId: string, @Body() body: CaseStepDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string) {
    return this.commands.execute(new CaseStepCommand('finality', caseId, body, actor, key));
  }

  @Step('fine-payment', [Role.Regulator], "Record that the final fine was paid (`at`: when), in soles at the UIT of the year of payment: a regulator of the case's authority; another amount is `invalid_case_step`, a second payment `fine_already_paid` (409)")
  finePayment(@IdParam('caseId') caseId: string, @Body() body: FinePaymentDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string) {
    return this.commands.execute(new CaseStepCommand('fine-payment', caseId, body, actor, key));
  }
}
