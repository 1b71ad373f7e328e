import { Query } from '@nestjs/cqrs';
import type { ParkedMessage } from '../parking/parked-messages.js';
import type { ConsumerSummaryResponse } from './consumer-operations.responses.js';

/** Every consumer and process, with how many messages it has parked. */
export class ConsumerSummariesQuery extends Query<ConsumerSummaryResponse[]> {}

/** The messages a consumer parked, in the order they were parked, with their failures. */
export class ParkedMessagesQuery extends Query<readonly ParkedMessage[]> {
  constructor(readonly name: string) {
    super();
  }
}
