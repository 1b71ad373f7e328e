import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey } from '#http';
import type { LotSummary } from '../lot-view/lot-view.js';
import { LotSummaryResponse } from '../lot-view/lot-view.responses.js';
import { MergeLotsDto } from './merge-lots.dto.js';
import { MergeLotsCommand } from './merge-lots.command.js';

@ApiTags('lots')
@Controller('lots')
export class MergeLotsController {
  constructor(private readonly commands: CommandBus) {}

  @Post('merge')
  @HttpCode(HttpStatus.CREATED)
  @Roles(Role.PermitHolder, Role.Processor)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: 'Merge lots into a new lot: whoever keeps every one of them (the permit holder of the yard, the processor of the facility)',
    description:
      "A lot kept by someone else: 403 `not_acting_for`. Parents must be one species and product, resting at one place; each gives the volume asked (a parent giving all it holds is merged away). The new lot's id is made by the system.",
  })
  @ApiCreatedResponse({ type: LotSummaryResponse, description: 'The new lot (on a retry with the same Idempotency-Key, the lot made the first time)' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths; `volume_not_positive`' })
  @ApiNotFoundResponse({ description: '`lot_not_found`' })
  @ApiConflictResponse({
    description:
      '`merge_mismatch` (another species or product), `lot_not_at_place`, `insufficient_lot_volume`, `lot_on_open_guide`, `lot_immobilised`, `lot_confiscated`, `lot_consumed`, `lot_split`, `lot_merged_away`; `merge_incomplete` when a parent changed in between and refused after others gave (details: the new lot and what it holds)',
  })
  merge(@Body() body: MergeLotsDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<LotSummary> {
    return this.commands.execute(new MergeLotsCommand(body, actor, key));
  }
}
