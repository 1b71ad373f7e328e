import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import { GuideReleaseResponse } from './guide-release.response.js';
import { ReleaseGuideDto } from './release-guide.dto.js';
import { ReleaseGuideCommand } from './release-guide.command.js';

@ApiTags('guides')
@Controller('guides')
export class ReleaseGuideController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':number/release')
  @HttpCode(HttpStatus.OK)
  @Roles(Role.Regulator)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: "Release a load a scan held: a regulator of the checkpoint's authority, SERFOR or OSINFOR",
    description:
      'From a scan whose verdict is `immobilise` the guide can be neither delivered, annulled nor expired, and its lots are immobilised under the infraction case of the load (one per guide number, the case sanctions opens; `SCAN/<checkpoint>/<scanId>` on scans recorded before). Releasing lifts the guide\'s hold, then releases each lot held under the case; a lot held by another case or confiscated stays as it is and is listed under `refused`. Other regulators: 403 `not_acting_for`.',
  })
  @ApiParam({ name: 'number', example: 'GTF-2026-000123' })
  @ApiOkResponse({ type: GuideReleaseResponse, description: 'Released (on a retry with the same Idempotency-Key, the same answer)' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths' })
  @ApiNotFoundResponse({ description: '`guide_not_found`' })
  @ApiConflictResponse({ description: '`guide_not_held` (no such case holds the load)' })
  release(@IdParam('number') guideNumber: string, @Body() body: ReleaseGuideDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<GuideReleaseResponse> {
    return this.commands.execute(new ReleaseGuideCommand(guideNumber, body, actor, key));
  }
}
