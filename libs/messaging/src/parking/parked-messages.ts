import { aggregateStream, type Command, type Decider, DomainError, type Event } from '#shared-kernel';
import type { Delivery } from '../integration-message.js';

// A consumer's parked messages, as a stream of its own (`parked-<consumer>`): what failed, why, and what was
// replayed since. A parked message holds back the later messages of its stream, so their order survives.

export interface DeliveryFailure {
  /** The error's code where it has one (a domain error), else its name. */
  readonly error: string;
  readonly message: string;
  readonly attempts: number;
}

export type MessageParked = Event<
  'MessageParked',
  {
    readonly message: Delivery;
    /** Why it failed; absent when it was parked only because an earlier message of its stream is. */
    readonly failure?: DeliveryFailure;
    readonly behind?: string;
    readonly at: string;
  }
>;
export type ParkedMessageReplayed = Event<'ParkedMessageReplayed', { readonly messageId: string; readonly at: string }>;
export type ParkedReplayFailed = Event<'ParkedReplayFailed', { readonly messageId: string; readonly failure: DeliveryFailure; readonly at: string }>;
export type ParkingEvent = MessageParked | ParkedMessageReplayed | ParkedReplayFailed;

export type ParkMessage = Command<'ParkMessage', { readonly message: Delivery; readonly failure?: DeliveryFailure; readonly at: string }>;
export type ResolveParkedMessage = Command<'ResolveParkedMessage', { readonly messageId: string; readonly at: string }>;
export type NoteReplayFailure = Command<'NoteReplayFailure', { readonly messageId: string; readonly failure: DeliveryFailure; readonly at: string }>;
export type ParkingCommand = ParkMessage | ResolveParkedMessage | NoteReplayFailure;

export interface ParkedMessage {
  readonly message: Delivery;
  readonly parkedAt: string;
  /** The first failure, or the message it waits behind. */
  readonly failure?: DeliveryFailure;
  readonly behind?: string;
  /** The last replay's failure, if a replay failed. */
  readonly lastReplay?: { readonly failure: DeliveryFailure; readonly at: string };
}

export interface Parking {
  /** Unresolved, in the order they were parked. */
  readonly parked: readonly ParkedMessage[];
  /** How many times each message was parked and replayed since: a message parked again gets a new park id. */
  readonly replayed: ReadonlyMap<string, number>;
}

export const NO_PARKING: Parking = { parked: [], replayed: new Map() };

/** The message this stream's later messages wait behind, if any. */
export function firstParkedOf(parking: Parking, streamId: string): ParkedMessage | undefined {
  return parking.parked.find((entry) => entry.message.streamId === streamId);
}

/** A message to park behind another of its stream, when that one was replayed meanwhile: it is delivered instead. */
export class StreamNoLongerParked extends DomainError {
  constructor(streamId: string) {
    super('conflict', 'stream_no_longer_parked', `No message of stream ${streamId} is parked any more`, { streamId });
  }
}

/** Only the first parked message of a stream is replayed, so the stream keeps its order. */
export class NotFirstOfStream extends DomainError {
  constructor(messageId: string, first: string) {
    super('conflict', 'not_first_of_stream', `Message ${messageId} waits behind ${first} of its stream: replay that one first`, { messageId, first });
  }
}

export class ParkedMessageNotFound extends DomainError {
  constructor(messageId: string) {
    super('not_found', 'parked_message_not_found', `No message ${messageId} is parked`, { messageId });
  }
}

export const parkingDecider: Decider<ParkingCommand, ParkingEvent, Parking> = {
  initialState: NO_PARKING,
  decide(command, parking) {
    switch (command.type) {
      case 'ParkMessage':
        return park(command, parking);
      case 'ResolveParkedMessage':
        return [{ type: 'ParkedMessageReplayed', data: { messageId: firstOfStream(parking, command.data.messageId).message.id, at: command.data.at } }];
      case 'NoteReplayFailure':
        return [{ type: 'ParkedReplayFailed', data: { messageId: firstOfStream(parking, command.data.messageId).message.id, failure: command.data.failure, at: command.data.at } }];
      default:
        return unknown(command);
    }
  },
  evolve(parking, event) {
    switch (event.type) {
      case 'MessageParked': {
        const { message, failure, behind, at } = event.data;
        return { ...parking, parked: [...parking.parked, { message, parkedAt: at, ...(failure ? { failure } : {}), ...(behind ? { behind } : {}) }] };
      }
      case 'ParkedMessageReplayed': {
        const { messageId } = event.data;
        const replayed = new Map(parking.replayed).set(messageId, (parking.replayed.get(messageId) ?? 0) + 1);
        return { parked: parking.parked.filter((entry) => entry.message.id !== messageId), replayed };
      }
      case 'ParkedReplayFailed': {
        const { messageId, failure, at } = event.data;
        return { ...parking, parked: parking.parked.map((entry) => (entry.message.id === messageId ? { ...entry, lastReplay: { failure, at } } : entry)) };
      }
      default:
        return unknown(event);
    }
  },
};

/** With its failure, or behind the first parked message of its stream; parked already, nothing new. */
function park({ data }: ParkMessage, parking: Parking): MessageParked[] {
  const { message, failure, at } = data;
  if (parking.parked.some((entry) => entry.message.id === message.id)) return [];
  if (failure) return [{ type: 'MessageParked', data: { message, failure, at } }];
  const first = firstParkedOf(parking, message.streamId);
  if (!first) throw new StreamNoLongerParked(message.streamId);
  return [{ type: 'MessageParked', data: { message, behind: first.message.id, at } }];
}

function firstOfStream(parking: Parking, messageId: string): ParkedMessage {
  const entry = parking.parked.find((candidate) => candidate.message.id === messageId);
  if (!entry) throw new ParkedMessageNotFound(messageId);
  const first = firstParkedOf(parking, entry.message.streamId)!;
  if (first.message.id !== messageId) throw new NotFirstOfStream(messageId, first.message.id);
  return entry;
}

function unknown(value: never): never {
  throw new Error(`Unknown parking message ${JSON.stringify(value)}`);
}

/** A consumer's parked messages, in stream `parked-<consumer>`. */
export const parkingStream = aggregateStream('parked', parkingDecider);
