import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CONSUMERS, type ConsumerRegistry } from '../delivery/consumer-registry.js';
import type { ParkedMessage } from '../parking/parked-messages.js';
import { consumerNamed } from './consumer-not-found.js';
import { ConsumerSummariesQuery, ParkedMessagesQuery } from './consumer-operations.queries.js';
import type { ConsumerSummaryResponse } from './consumer-operations.responses.js';

@QueryHandler(ConsumerSummariesQuery)
export class ConsumerSummariesHandler implements IQueryHandler<ConsumerSummariesQuery> {
  constructor(@Inject(CONSUMERS) private readonly consumers: ConsumerRegistry) {}

  async execute(): Promise<ConsumerSummaryResponse[]> {
    return Promise.all(this.consumers.all().map(async (consumer) => ({ name: consumer.name, parked: (await consumer.parked()).length })));
  }
}

@QueryHandler(ParkedMessagesQuery)
export class ParkedMessagesHandler implements IQueryHandler<ParkedMessagesQuery> {
  constructor(@Inject(CONSUMERS) private readonly consumers: ConsumerRegistry) {}

  execute({ name }: ParkedMessagesQuery): Promise<readonly ParkedMessage[]> {
    return consumerNamed(this.consumers, name).parked();
  }
}
