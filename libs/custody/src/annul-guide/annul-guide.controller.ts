import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import { AnnulGuideDto } from './annul-guide.dto.js';
import { AnnulGuideCommand } from './annul-guide.command.js';
import { GuideClosureResponse } from './guide-closure.response.js';

@ApiTags('guides')
@Controller('guides')
export class AnnulGuideController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':number/annulment')
  @HttpCode(HttpStatus.OK)
  @Roles(Role.PermitHolder, Role.Processor, Role.Regulator)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: "Annul a guide: its issuer (the permit holder of holderTaxId, or the origin's processor), or a regulator of the guide's authority, SERFOR or OSINFOR",
    description: 'Anyone else: 403 `not_acting_for`. The guide is closed for good, then each lot is released back where it was dispatched from; a lot held by a case stays as it is and is listed under `refused`.',
  })
  @ApiParam({ name: 'number', example: 'GTF-2026-000123' })
  @ApiOkResponse({ type: GuideClosureResponse, description: 'Annulled (on a retry with the same Idempotency-Key, the same answer)' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths' })
  @ApiNotFoundResponse({ description: '`guide_not_found`' })
  @ApiConflictResponse({ description: '`guide_annulled`, `guide_delivered`, `guide_expired`, `guide_held` (a scan held the load)' })
  annul(@IdParam('number') guideNumber: string, @Body() body: AnnulGuideDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<GuideClosureResponse> {
    return this.commands.execute(new AnnulGuideCommand(guideNumber, body, actor, key));
  }
}
