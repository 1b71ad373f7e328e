import { applyDecorators, Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import { ProcessorStandingCommand, type StandingMeasure } from './processor-standing.command.js';
import { ProcessorStandingMeasureDto } from './standing-measure.dto.js';
import { ProcessorStandingResponse } from './standing.response.js';

/** Both measures on a processor's standing answer alike. */
function TakesMeasure(measure: StandingMeasure, summary: string, conflicts: string): MethodDecorator {
  return applyDecorators(
    Post(`:facilityId/${measure}`),
    HttpCode(HttpStatus.OK),
    Roles(Role.Regulator),
    AcceptsIdempotencyKey(),
    ApiOperation({ summary: `${summary}: a regulator of SERFOR, OSINFOR or the processor's authority`, description: 'Other regulators are refused with 403 `not_acting_for`.' }),
    ApiParam({ name: 'facilityId', example: 'CTP-PUCALLPA-7' }),
    ApiOkResponse({ type: ProcessorStandingResponse, description: 'The measure as recorded (on a retry with the same Idempotency-Key, as recorded the first time)' }),
    ApiBadRequestResponse({ description: '`validation_failed` with field paths' }),
    ApiNotFoundResponse({ description: '`processor_not_found`' }),
    ApiConflictResponse({ description: `${conflicts}, \`standing_change_out_of_order\` (before the last change)` }),
  );
}

@ApiTags('processors')
@Controller('processors')
export class ProcessorStandingController {
  constructor(private readonly commands: CommandBus) {}

  @TakesMeasure('suspension', 'Suspend a processor', '`processor_already_suspended`')
  suspend(@IdParam('facilityId') facilityId: string, @Body() body: ProcessorStandingMeasureDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<ProcessorStandingResponse> {
    return this.commands.execute(new ProcessorStandingCommand('suspension', facilityId, body, actor, key));
  }

  @TakesMeasure('reinstatement', 'Reinstate a suspended processor', '`processor_not_suspended`')
  reinstate(@IdParam('facilityId') facilityId: string, @Body() body: ProcessorStandingMeasureDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<ProcessorStandingResponse> {
    return this.commands.execute(new ProcessorStandingCommand('reinstatement', facilityId, body, actor, key));
  }
}
