import { applyDecorators, Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import { PermitStandingCommand, type StandingMeasure } from './permit-standing.command.js';
import { PermitStandingMeasureDto } from './standing-measure.dto.js';
import { PermitStandingResponse } from './standing.response.js';

/** Every measure on a permit's standing answers alike. */
function TakesMeasure(measure: StandingMeasure, summary: string, conflicts: string): MethodDecorator {
  return applyDecorators(
    Post(`:permitId/${measure}`),
    HttpCode(HttpStatus.OK),
    Roles(Role.Regulator),
    AcceptsIdempotencyKey(),
    ApiOperation({ summary: `${summary}: a regulator of SERFOR, OSINFOR or the permit's authority`, description: 'Other regulators are refused with 403 `not_acting_for`.' }),
    ApiParam({ name: 'permitId', example: '25-UCA/C-J-001-02', description: 'A slash is sent URL-encoded, as %2F' }),
    ApiOkResponse({ type: PermitStandingResponse, description: 'The measure as recorded (on a retry with the same Idempotency-Key, as recorded the first time)' }),
    ApiBadRequestResponse({ description: '`validation_failed` with field paths' }),
    ApiNotFoundResponse({ description: '`permit_not_found`' }),
    ApiConflictResponse({ description: conflicts }),
  );
}

@ApiTags('permits')
@Controller('permits')
export class PermitStandingController {
  constructor(private readonly commands: CommandBus) {}

  @TakesMeasure('suspension', 'Suspend a permit', '`permit_already_suspended`, `permit_cancelled`')
  suspend(@IdParam('permitId') permitId: string, @Body() body: PermitStandingMeasureDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<PermitStandingResponse> {
    return this.commands.execute(new PermitStandingCommand('suspension', permitId, body, actor, key));
  }

  @TakesMeasure('reinstatement', 'Reinstate a suspended permit', '`permit_not_suspended`, `permit_cancelled`')
  reinstate(@IdParam('permitId') permitId: string, @Body() body: PermitStandingMeasureDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<PermitStandingResponse> {
    return this.commands.execute(new PermitStandingCommand('reinstatement', permitId, body, actor, key));
  }

  @TakesMeasure('cancellation', 'Cancel a permit (caducidad; final)', '`permit_cancelled`')
  cancel(@IdParam('permitId') permitId: string, @Body() body: PermitStandingMeasureDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<PermitStandingResponse> {
    return this.commands.execute(new PermitStandingCommand('cancellation', permitId, body, actor, key));
  }
}
