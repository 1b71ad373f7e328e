import type { MessageMetadata } from '#shared-kernel';

/** A context's published fact as every integration event is shaped: `{ type, version, data }`. */
export interface IntegrationEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly version: number;
  readonly data: Data;
}

/**
 * What a consumer is handed, one at a time, in the order of its stream: an integration message, or, for a
 * context's own process, one of its recorded events. The id keys the consumer's inbox.
 */
export interface Delivery<Type extends string = string, Data = unknown> {
  /** A UUID, the same on every redelivery. */
  readonly id: string;
  /** The stream the fact was recorded in: facts of one stream are delivered in order. */
  readonly streamId: string;
  readonly type: Type;
  readonly data: Data;
  readonly metadata: MessageMetadata;
}

/** An integration event on the bus: its id is derived from the recorded event it came from, so a redelivery carries the same id. */
export type IntegrationMessage<E extends IntegrationEvent = IntegrationEvent> = E & Delivery<E['type'], E['data']>;
