import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import type { LotSummary } from '../lot-view/lot-view.js';
import { LotSummaryResponse } from '../lot-view/lot-view.responses.js';
import { ConfiscateLotDto } from './confiscate-lot.dto.js';
import { ConfiscateLotCommand } from './confiscate-lot.command.js';

@ApiTags('lots')
@Controller('lots')
export class ConfiscateLotController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':lotId/confiscation')
  @HttpCode(HttpStatus.OK)
  @Roles(Role.Regulator)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: 'Confiscate a lot (decomiso, final): any regulator for a free lot; for an immobilised one, the authority that holds it, SERFOR or OSINFOR',
    description: 'Other regulators: 403 `not_acting_for`. Published as `LotConfiscated` v1. The same case confiscating again records nothing.',
  })
  @ApiParam({ name: 'lotId', example: 'LOT-0001' })
  @ApiOkResponse({ type: LotSummaryResponse, description: 'The lot after the confiscation' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths' })
  @ApiNotFoundResponse({ description: '`lot_not_found`' })
  @ApiConflictResponse({ description: '`lot_confiscated` (by another case), `lot_consumed`, `lot_split`, `lot_merged_away`' })
  confiscate(@IdParam('lotId') lotId: string, @Body() body: ConfiscateLotDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<LotSummary> {
    return this.commands.execute(new ConfiscateLotCommand(lotId, body, actor, key));
  }
}
