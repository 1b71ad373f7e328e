import { Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { IdParam } from '#http';
import type { ReplayOutcome } from '../delivery/consumer-delivery.js';
import type { ParkedMessage } from '../parking/parked-messages.js';
import { ConsumerSummariesQuery, ParkedMessagesQuery } from './consumer-operations.queries.js';
import { ConsumerSummaryResponse, ParkedMessageResponse, ReplayOutcomeResponse } from './consumer-operations.responses.js';
import { ReplayParkedMessageCommand } from './replay-parked-message.command.js';

/** For the team on call: which consumers have parked messages, why, and replaying them once the cause is fixed. */
@ApiTags('operations')
@Controller('operations/consumers')
@Roles(Role.Operator)
export class ConsumerOperationsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every consumer and process, with how many messages it has parked' })
  @ApiOkResponse({ type: ConsumerSummaryResponse, isArray: true })
  list(): Promise<ConsumerSummaryResponse[]> {
    return this.queries.execute(new ConsumerSummariesQuery());
  }

  @Get(':name/parked')
  @ApiOperation({ summary: 'The messages a consumer parked, in the order they were parked, with their failures' })
  @ApiParam({ name: 'name', example: 'harvest.custody-inbound' })
  @ApiOkResponse({ type: ParkedMessageResponse, isArray: true })
  @ApiNotFoundResponse({ description: '`consumer_not_found`' })
  parked(@IdParam('name') name: string): Promise<readonly ParkedMessage[]> {
    return this.queries.execute(new ParkedMessagesQuery(name));
  }

  @Post(':name/parked/:messageId/replay')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Hand a parked message to its consumer again, then the messages of its stream parked behind it, in order',
    description: 'Stops at the first that fails again, which stays parked with the failure noted. Only the first parked message of a stream can be replayed (409 `not_first_of_stream`).',
  })
  @ApiParam({ name: 'name', example: 'harvest.custody-inbound' })
  @ApiParam({ name: 'messageId', format: 'uuid' })
  @ApiOkResponse({ type: ReplayOutcomeResponse })
  @ApiNotFoundResponse({ description: '`consumer_not_found`, `parked_message_not_found`' })
  replay(@IdParam('name') name: string, @IdParam('messageId') messageId: string, @CurrentActor() actor: AuthenticatedActor): Promise<ReplayOutcome> {
    return this.commands.execute(new ReplayParkedMessageCommand(name, messageId, actor));
  }
}
