import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import { RecordTransshipmentCommand } from './record-transshipment.command.js';
import { RecordTransshipmentDto } from './record-transshipment.dto.js';
import { TransshipmentResponse } from './transshipment.response.js';

@ApiTags('guides')
@Controller('guides')
export class RecordTransshipmentController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':number/transshipments')
  @HttpCode(HttpStatus.CREATED)
  @Roles(Role.PermitHolder, Role.Processor)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: "Record a change of truck: the guide's issuer (the permit holder of holderTaxId, or the origin's processor)",
    description:
      'Anyone else: 403 `not_acting_for`. Which lots went on in which truck, with which driver, where and when. A checkpoint scanning a plate neither on the guide nor on a transshipment recorded before the scan fails `VEHICLE_MATCH` and immobilises the load.',
  })
  @ApiParam({ name: 'number', example: 'GTF-2026-000123' })
  @ApiCreatedResponse({ type: TransshipmentResponse, description: 'Recorded (on a retry with the same Idempotency-Key, the same answer)' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths; `invalid_guide_command` (a lot not on the guide, a time before the departure, after the expiry or in the future)' })
  @ApiNotFoundResponse({ description: '`guide_not_found`' })
  @ApiConflictResponse({ description: '`guide_annulled`, `guide_delivered`, `guide_expired`, `guide_held` (a scan held the load)' })
  record(@IdParam('number') guideNumber: string, @Body() body: RecordTransshipmentDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<TransshipmentResponse> {
    return this.commands.execute(new RecordTransshipmentCommand(guideNumber, body, actor, key));
  }
}
