import { DomainError } from '#shared-kernel';
import type { ConsumerHandle } from '../delivery/consumer-delivery.js';
import type { ConsumerRegistry } from '../delivery/consumer-registry.js';

export class ConsumerNotFound extends DomainError {
  constructor(name: string) {
    super('not_found', 'consumer_not_found', `No consumer or process is named ${name}`, { name });
  }
}

/** The consumer or process of that name; none is `consumer_not_found`. */
export function consumerNamed(consumers: ConsumerRegistry, name: string): ConsumerHandle {
  const consumer = consumers.get(name);
  if (!consumer) throw new ConsumerNotFound(name);
  return consumer;
}
