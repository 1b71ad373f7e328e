import type { IntegrationEvent, IntegrationMessage } from './integration-message.js';

/** Receives integration events of some types; must be idempotent, because delivery is at-least-once. */
export interface Consumer<E extends IntegrationEvent = IntegrationEvent> {
  /** Unique per consumer: keys its idempotency (e.g. `custody.harvest-inbound`). */
  readonly name: string;
  readonly types: readonly E['type'][];
  /** The version it reads of those types; the bus logs and skips other versions. Unset: every version. */
  readonly version?: number;
  handle(message: IntegrationMessage<E>): Promise<void>;
}

/** The one port between contexts: publish integration events, consume them (in-process now, Kafka when split into services). */
export interface MessageBus {
  /** Resolves once every consumer in reach has the messages (in-process: has handled them). */
  publish(messages: readonly IntegrationMessage[]): Promise<void>;
  consume<E extends IntegrationEvent>(consumer: Consumer<E>): void;
}

/** Injection token of the process's bus: `@Inject(MESSAGE_BUS) bus: MessageBus`. */
export const MESSAGE_BUS = Symbol('MessageBus');
