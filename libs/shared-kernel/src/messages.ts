/** Who did something: every event records its actor. */
export interface Actor {
  readonly id: string;
  readonly role: string;
  /** Regulators act for an authority (SERFOR, OSINFOR, a regional authority); others may name their organisation. */
  readonly organisation?: string;
}

export interface MessageMetadata {
  readonly correlationId: string;
  readonly causationId: string;
  readonly actor: Actor;
  /** When the fact happened in the world (ISO-8601), which may be long before it was recorded. */
  readonly occurredAt: string;
  /** What the event is found by in its stream (`lot/<id>`, `guide/<number>`), whatever the stream's length: `StreamStore.findEvents`. */
  readonly keys?: readonly string[];
  readonly [key: string]: unknown;
}

/** Messages are data: readonly and JSON-serialisable. */
export interface Message<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** A business fact in the past tense, e.g. `LotExtracted`. */
export type Event<Type extends string = string, Data = unknown> = Message<Type, Data>;

/** An intent in the imperative, e.g. `ExtractLot`; time and ids arrive inside it. */
export type Command<Type extends string = string, Data = unknown> = Message<Type, Data>;
