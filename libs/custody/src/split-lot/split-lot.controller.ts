import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import { SplitLotDto } from './split-lot.dto.js';
import { SplitLotCommand } from './split-lot.command.js';
import { SplitLotResponse } from './split-lot.response.js';

@ApiTags('lots')
@Controller('lots')
export class SplitLotController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':lotId/split')
  @HttpCode(HttpStatus.CREATED)
  @Roles(Role.PermitHolder, Role.Processor)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: "Split a lot into new child lots: whoever keeps it (the permit holder of the yard it rests in, the processor of the facility it rests at)",
    description: 'Another keeper: 403 `not_acting_for`. The child lot ids are made by the system and answered; children rest where the lot rests.',
  })
  @ApiParam({ name: 'lotId', example: 'LOT-0001' })
  @ApiCreatedResponse({ type: SplitLotResponse, description: 'Split (on a retry with the same Idempotency-Key, the same children)' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths; `volume_not_positive`' })
  @ApiNotFoundResponse({ description: '`lot_not_found`' })
  @ApiConflictResponse({ description: '`insufficient_lot_volume`, `lot_on_open_guide`, `lot_immobilised`, `lot_confiscated`, `lot_consumed`, `lot_split`, `lot_merged_away`' })
  split(@IdParam('lotId') lotId: string, @Body() body: SplitLotDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<SplitLotResponse> {
    return this.commands.execute(new SplitLotCommand(lotId, body, actor, key));
  }
}
