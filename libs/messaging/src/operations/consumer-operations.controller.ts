import { Controller, Get, HttpCode, HttpStatus, Inject, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { IdParam } from '#http';
import { DomainError } from '#shared-kernel';
import { type ConsumerHandle, type ReplayOutcome } from '../delivery/consumer-delivery.js';
import { CONSUMERS, type ConsumerRegistry } from '../delivery/consumer-registry.js';
import type { ParkedMessage } from '../parking/parked-messages.js';
import { ConsumerSummaryResponse, ParkedMessageResponse, ReplayOutcomeResponse } from './consumer-operations.responses.js';

export class ConsumerNotFound extends DomainError {
  constructor(name: string) {
    super('not_found', 'consumer_not_found', `No consumer or process is named ${name}`, { name });
  }
}

/** For the team on call: which consumers have parked messages, why, and replaying them once the cause is fixed. */
@ApiTags('operations')
@Controller('operations/consumers')
@Roles(Role.Operator)
export class ConsumerOperationsController {
  constructor(@Inject(CONSUMERS) private readonly consumers: ConsumerRegistry) {}

  @Get()
  @ApiOperation({ summary: 'Every consumer and process, with how many messages it has parked' })
  @ApiOkResponse({ type: ConsumerSummaryResponse, isArray: true })
  async list(): Promise<ConsumerSummaryResponse[]> {
    return Promise.all(this.consumers.all().map(async (consumer) => ({ name: consumer.name, parked: (await consumer.parked()).length })));
  }

  @Get(':name/parked')
  @ApiOperation({ summary: 'The messages a consumer parked, in the order they were parked, with their failures' })
  @ApiParam({ name: 'name', example: 'harvest.custody-inbound' })
  @ApiOkResponse({ type: ParkedMessageResponse, isArray: true })
  @ApiNotFoundResponse({ description: '`consumer_not_found`' })
  parked(@IdParam('name') name: string): Promise<readonly ParkedMessage[]> {
    return this.consumer(name).parked();
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
    return this.consumer(name).replay(messageId, actor);
  }

  private consumer(name: string): ConsumerHandle {
    const consumer = this.consumers.get(name);
    if (!consumer) throw new ConsumerNotFound(name);
    return consumer;
  }
}
