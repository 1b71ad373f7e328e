import type { MessageMetadata } from '#shared-kernel';

/** A context's published fact as every integration event is shaped: `{ type, version, data }`. */
export interface IntegrationEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly version: number;
  readonly data: Data;
}

/** An integration event on the bus: its id is derived from the recorded event it came from, so a redelivery carries the same id. */
export type IntegrationMessage<E extends IntegrationEvent = IntegrationEvent> = E & {
  readonly id: string;
  /** The stream of the event it was published from; the bus keeps order per stream. */
  readonly streamId: string;
  readonly metadata: MessageMetadata;
};
