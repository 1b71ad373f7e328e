import type { ConsumerRegistry } from './delivery/consumer-registry.js';
import type { IntegrationEvent, IntegrationMessage } from './integration-message.js';
import type { Publication } from './publication.js';

/** Receives integration events of some types, each once in effect: its effect must be keyed by the message id (its inbox). */
export interface Consumer<E extends IntegrationEvent = IntegrationEvent> {
  /** Unique per consumer, its position and inbox key (e.g. `harvest.custody-inbound`). */
  readonly name: string;
  readonly types: readonly E['type'][];
  /** The version it reads of those types; a message of another version is parked for an operator, not dropped. Unset: every version. */
  readonly version?: number;
  /**
   * Resolves once the message's effect is recorded; a business refusal is an effect too (an event). A throw is a
   * failure: retried with backoff while it looks transient, then parked with its error.
   */
  handle(message: IntegrationMessage<E>): Promise<void>;
}

/**
 * The one port between contexts. Its contract (`contract/message-bus.contract.ts`), whatever the adapter:
 * - every consumer has its own position over the history, and one deployed later starts from its beginning;
 * - delivery is at-least-once and in order per stream; stopped and restarted, a consumer loses nothing;
 * - one instance of a consumer name handles at a time, across processes;
 * - a failure is retried with backoff; what keeps failing is parked with its error, with the later messages
 *   of its stream behind it, while other streams flow; an operator lists and replays parked messages.
 */
export interface MessageBus {
  /** Declares what a context publishes (in one process, consumers read it from the store; on a broker, a relay puts it on a topic). */
  register(publication: Publication): void;
  /** Puts messages from elsewhere on the bus; resolves once they are durable. Ids must be UUIDs: a message published twice is kept once. */
  publish(messages: readonly IntegrationMessage[]): Promise<void>;
  /** Starts delivering to the consumer from its own position (the beginning of the history when it is new). */
  consume<E extends IntegrationEvent>(consumer: Consumer<E>): void;
  /** Resolves once every consumer has handled or parked every message published before the call. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** Starts delivering to the consumers registered so far (and to later ones as they register). */
  start(): void;
  /** Stops after the messages in hand, their positions stored. */
  stop(): Promise<void>;
  /** The consumers by name, for their parked messages and replays. */
  readonly consumers: ConsumerRegistry;
}

/** Injection token of the process's bus: `@Inject(MESSAGE_BUS) bus: MessageBus`. */
export const MESSAGE_BUS = Symbol('MessageBus');
