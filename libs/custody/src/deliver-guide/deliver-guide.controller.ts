import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import { GuideClosureResponse } from '../annul-guide/guide-closure.response.js';
import { DeliverGuideCommand } from './deliver-guide.command.js';
import { DeliverGuideDto } from './deliver-guide.dto.js';

@ApiTags('guides')
@Controller('guides')
export class DeliverGuideController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':number/delivery')
  @HttpCode(HttpStatus.OK)
  @Roles(Role.Processor)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: "Take delivery of a guide's load: the processor whose facility is the guide's destination",
    description:
      'Another processor: 403 `not_acting_for`. The facility says when the load arrived (`deliveredAt`, now when absent). The guide is closed as delivered, then each lot rests at the facility and is published as `LotDelivered` v1 (processing takes it into its inventory). A load with a lot held by a case is not delivered (409, nothing recorded).',
  })
  @ApiParam({ name: 'number', example: 'GTF-2026-000123' })
  @ApiOkResponse({ type: GuideClosureResponse, description: 'Delivered (on a retry with the same Idempotency-Key, the same answer)' })
  @ApiBadRequestResponse({ description: '`invalid_guide_command`: `deliveredAt` before the departure or in the future' })
  @ApiNotFoundResponse({ description: '`guide_not_found`' })
  @ApiConflictResponse({ description: '`guide_delivered`, `guide_annulled`, `guide_expired`, `delivery_after_expiry`, `delivery_before_last_scan`, `lot_immobilised`, `lot_confiscated`, `guide_held` (a scan held the load: a regulator releases it first)' })
  deliver(@IdParam('number') guideNumber: string, @Body() body: DeliverGuideDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<GuideClosureResponse> {
    return this.commands.execute(new DeliverGuideCommand(guideNumber, body, actor, key));
  }
}
