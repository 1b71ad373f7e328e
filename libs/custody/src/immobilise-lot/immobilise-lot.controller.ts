import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import type { LotSummary } from '../lot-view/lot-view.js';
import { LotSummaryResponse } from '../lot-view/lot-view.responses.js';
import { ImmobiliseLotDto } from './immobilise-lot.dto.js';
import { ImmobiliseLotCommand } from './immobilise-lot.command.js';

@ApiTags('lots')
@Controller('lots')
export class ImmobiliseLotController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':lotId/immobilisation')
  @HttpCode(HttpStatus.OK)
  @Roles(Role.Regulator)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: 'Immobilise a lot under an infraction case: any regulator, on behalf of its own authority',
    description: 'The lot neither moves nor transforms until released or confiscated; published as `LotImmobilised` v1. The same case immobilising again records nothing.',
  })
  @ApiParam({ name: 'lotId', example: 'LOT-0001' })
  @ApiOkResponse({ type: LotSummaryResponse, description: 'The lot after the measure' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths' })
  @ApiNotFoundResponse({ description: '`lot_not_found`' })
  @ApiConflictResponse({ description: '`lot_already_immobilised` (by another case), `lot_confiscated`, `lot_consumed`, `lot_split`, `lot_merged_away`' })
  immobilise(@IdParam('lotId') lotId: string, @Body() body: ImmobiliseLotDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<LotSummary> {
    return this.commands.execute(new ImmobiliseLotCommand(lotId, body, actor, key));
  }
}
