import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import type { LotSummary } from '../lot-view/lot-view.js';
import { LotSummaryResponse } from '../lot-view/lot-view.responses.js';
import { DisposeConfiscatedLotCommand } from './dispose-confiscated-lot.command.js';
import { DisposeConfiscatedLotDto } from './dispose-confiscated-lot.dto.js';

@ApiTags('lots')
@Controller('lots')
export class DisposeConfiscatedLotController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':lotId/disposal')
  @HttpCode(HttpStatus.OK)
  @Roles(Role.Regulator)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: 'Auction or donate a confiscated lot, once: a regulator of the authority that confiscated it, SERFOR or OSINFOR',
    description:
      "Other regulators: 403 `not_acting_for`. The lot goes to the recipient's facility, or its yard when none is named, free to move and be processed, and keeps `confiscatedOrigin` for ever. Published as `ConfiscatedLotDisposed` v1.",
  })
  @ApiParam({ name: 'lotId', example: 'LOT-0001' })
  @ApiOkResponse({ type: LotSummaryResponse, description: 'The lot with its new keeper' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths' })
  @ApiNotFoundResponse({ description: '`lot_not_found`' })
  @ApiConflictResponse({ description: '`lot_not_confiscated`, `lot_already_disposed`, `lot_consumed`, `lot_split`, `lot_merged_away`' })
  dispose(@IdParam('lotId') lotId: string, @Body() body: DisposeConfiscatedLotDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<LotSummary> {
    return this.commands.execute(new DisposeConfiscatedLotCommand(lotId, body, actor, key));
  }
}
