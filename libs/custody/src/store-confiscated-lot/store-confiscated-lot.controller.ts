import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import type { LotSummary } from '../lot-view/lot-view.js';
import { LotSummaryResponse } from '../lot-view/lot-view.responses.js';
import { StoreConfiscatedLotCommand } from './store-confiscated-lot.command.js';
import { StoreConfiscatedLotDto } from './store-confiscated-lot.dto.js';

@ApiTags('lots')
@Controller('lots')
export class StoreConfiscatedLotController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':lotId/warehouse-intake')
  @HttpCode(HttpStatus.OK)
  @Roles(Role.Regulator)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: "Take a confiscated lot into the authority's warehouse: a regulator of the authority that confiscated it, SERFOR or OSINFOR",
    description: 'Other regulators: 403 `not_acting_for`. The lot stays confiscated, kept by the acting authority at the warehouse. The same warehouse again records nothing.',
  })
  @ApiParam({ name: 'lotId', example: 'LOT-0001' })
  @ApiOkResponse({ type: LotSummaryResponse, description: 'The lot in the warehouse' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths' })
  @ApiNotFoundResponse({ description: '`lot_not_found`' })
  @ApiConflictResponse({ description: '`lot_not_confiscated`, `lot_already_disposed`, `lot_consumed`, `lot_split`, `lot_merged_away`' })
  storeConfiscated(@IdParam('lotId') lotId: string, @Body() body: StoreConfiscatedLotDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<LotSummary> {
    return this.commands.execute(new StoreConfiscatedLotCommand(lotId, body, actor, key));
  }
}
