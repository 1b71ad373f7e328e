import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import { RecordTransformationDto } from './record-transformation.dto.js';
import { RecordTransformationCommand } from './record-transformation.command.js';
import { TransformationResponse } from './transformation.response.js';

@ApiTags('processors')
@Controller('processors')
export class RecordTransformationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':facilityId/transformations')
  @HttpCode(HttpStatus.CREATED)
  @Roles(Role.Processor)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: 'Record a transformation (sawing, slicing…) of inventory lots into product lots within maximum yield: the processor itself only',
    description:
      'Another facility’s token is refused with 403 `not_acting_for`. Output over the maximum yield (the coefficients in force at `at`) is refused unless declared as an `exception`, which records it and flags it for review.',
  })
  @ApiParam({ name: 'facilityId', example: 'CTP-PUCALLPA-7' })
  @ApiCreatedResponse({ type: TransformationResponse, description: 'Recorded, with the generated product lot ids (on a retry with the same Idempotency-Key, as recorded the first time)' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths; `volume_not_positive`; `invalid_transformation` (a lot named twice)' })
  @ApiNotFoundResponse({ description: '`processor_not_found`; `lot_not_in_inventory` (never received here)' })
  @ApiConflictResponse({
    description:
      '`yield_exceeded` (details.overYield per species), `lot_held` (an input immobilised or confiscated, details name the case), `processor_not_authorised` (suspended, expired), `processor_kind_cannot_transform` (a depot), `insufficient_inventory`, `output_species_not_in_inputs`, `yield_coefficient_missing`, `transformation_already_recorded`',
  })
  record(
    @IdParam('facilityId') facilityId: string,
    @Body() body: RecordTransformationDto,
    @CurrentActor() actor: AuthenticatedActor,
    @IdempotencyKey() key?: string,
  ): Promise<TransformationResponse> {
    return this.commands.execute(new RecordTransformationCommand(facilityId, body, actor, key));
  }
}
