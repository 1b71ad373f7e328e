import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey } from '#http';
import type { IssuedGuide } from '../domain/guide.js';
import { IssuedGuideResponse } from '../guide-view/guide-view.responses.js';
import { IssueGuideDto } from './issue-guide.dto.js';
import { IssueGuideCommand } from './issue-guide.command.js';

@ApiTags('guides')
@Controller('guides')
export class IssueGuideController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles(Role.PermitHolder, Role.Processor)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: "Issue a transport guide: the permit holder whose RUC is holderTaxId (origin `permit`), or the processor whose facility is the origin's processorId (origin `processor`)",
    description:
      'Each lot must be kept by the caller (resting in its yard or at its facility; another keeper: 403 `not_acting_for`). Each lot is dispatched under the guide first, then the guide is recorded; if a lot is refused, the lots already dispatched are released again (recorded as `LotReleasedFromGuide`, reason `issuance_refused`) and no guide is recorded. Trajectory codes must be in the checkpoints catalogue in force at issuedAt; positions default to the catalogue\'s.',
  })
  @ApiCreatedResponse({ type: IssuedGuideResponse, description: 'The guide as registered (on a retry with the same Idempotency-Key, as registered the first time)' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths; `unknown_checkpoint` (details.fields); `invalid_guide` (details.problems with paths and codes, `expired_before_recording` for a guide whose expiry has passed)' })
  @ApiNotFoundResponse({ description: '`lot_not_found`, `cites_permit_not_found`' })
  @ApiConflictResponse({
    description:
      '`guide_already_issued`, `guide_number_seen_before_issue`; an origin that does not stand, as custody’s registers have it: `permit_not_active` (suspended or cancelled when the guide is dated or recorded), `plan_not_valid` (on the day the guide is dated), `processor_not_authorised`; `party_disqualified`; a lot refused: `lot_on_open_guide`, `lot_immobilised`, `lot_confiscated`, `lot_consumed`, `lot_split`, `lot_merged_away`; `guide_line_mismatch` (a line naming another species or product, or more m³, than its lot); `cites_permit_not_held` (a named CITES permit held by none of the guide’s parties); `guide_issuance_underway` (another request is issuing this number); `idempotency_key_reused`. A retry of a refused issuance answers the same refusal',
  })
  issue(@Body() body: IssueGuideDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<IssuedGuide> {
    return this.commands.execute(new IssueGuideCommand(body, actor, key));
  }
}
