import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import type { LotSummary } from '../lot-view/lot-view.js';
import { LotSummaryResponse } from '../lot-view/lot-view.responses.js';
import { ReleaseLotDto } from './release-lot.dto.js';
import { ReleaseLotCommand } from './release-lot.command.js';

@ApiTags('lots')
@Controller('lots')
export class ReleaseLotController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':lotId/release')
  @HttpCode(HttpStatus.OK)
  @Roles(Role.Regulator)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: 'Release an immobilised lot: a regulator of the authority that immobilised it, SERFOR or OSINFOR',
    description: 'Other regulators: 403 `not_acting_for`. Only the case that holds the lot releases it.',
  })
  @ApiParam({ name: 'lotId', example: 'LOT-0001' })
  @ApiOkResponse({ type: LotSummaryResponse, description: 'The lot after the release' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths' })
  @ApiNotFoundResponse({ description: '`lot_not_found`' })
  @ApiConflictResponse({ description: '`lot_not_immobilised`, `immobilisation_case_mismatch`, `lot_confiscated`' })
  release(@IdParam('lotId') lotId: string, @Body() body: ReleaseLotDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<LotSummary> {
    return this.commands.execute(new ReleaseLotCommand(lotId, body, actor, key));
  }
}
