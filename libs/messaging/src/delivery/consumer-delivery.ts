import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { type Actor, type StreamStore, uuidFromName, withCorrelationId } from '#shared-kernel';
import type { Delivery } from '../integration-message.js';
import {
  type DeliveryFailure,
  firstParkedOf,
  NO_PARKING,
  NotFirstOfStream,
  type ParkedMessage,
  ParkedMessageNotFound,
  type Parking,
  type ParkingCommand,
  parkingStream,
  StreamNoLongerParked,
} from '../parking/parked-messages.js';
import { deliveryFailure, isTransient } from './delivery-failure.js';
import { inStreams, inParallel } from './streams-in-parallel.js';

export interface DeliveryOptions {
  /** Attempts at a message before it is parked (default 5). */
  readonly maxAttempts?: number;
  /** The pause after a first failed attempt, doubled after each (default 50 ms). */
  readonly retryDelayMs?: number;
  /** Streams handled at once within a batch (default 8); each stream's messages one after another. */
  readonly concurrency?: number;
}

export interface ReplayOutcome {
  /** Handled now, in order, and no longer parked. */
  readonly replayed: readonly string[];
  /** The message that failed again, still parked with the rest of its stream behind it. */
  readonly failed?: { readonly messageId: string; readonly failure: DeliveryFailure };
}

/** What an operator sees of one consumer. */
export interface ConsumerHandle {
  readonly name: string;
  parked(): Promise<readonly ParkedMessage[]>;
  replay(messageId: string, actor: Actor): Promise<ReplayOutcome>;
}

/**
 * Hands messages to one consumer: each stream in order, streams side by side. A failure that may pass is retried
 * with a growing pause; one that keeps failing is parked with its error (an event), and the later messages of its
 * stream are parked behind it, so nothing overtakes it; the other streams flow on. Replaying handles a stream's
 * parked messages in order.
 */
export class ConsumerDelivery<M extends Delivery = Delivery> implements ConsumerHandle {
  private readonly logger: Logger;
  private readonly actor: Actor;
  private parking: Parking = NO_PARKING;
  /** The last read or write of the parking stream: the next waits for it. */
  private parkingTurn: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: StreamStore,
    readonly name: string,
    private readonly handle: (message: M) => Promise<void>,
    private readonly options: DeliveryOptions = {},
    /** Told of each message once it is parked (a broker copies it to its dead-letter topic). */
    private readonly onParked?: (message: M, failure: DeliveryFailure | undefined) => Promise<void>,
  ) {
    this.logger = new Logger(name);
    this.actor = { id: name, role: 'system' };
  }

  /** Delivers a batch in order per stream; resolves once each message is handled or parked. */
  async deliver(messages: readonly M[]): Promise<void> {
    // Another instance may have parked or replayed since this one last looked.
    this.parking = await this.load();
    await inParallel(inStreams(messages), this.options.concurrency ?? 8, async (stream) => {
      for (const message of stream) await this.deliverOne(message);
    });
  }

  async parked(): Promise<readonly ParkedMessage[]> {
    return (await this.load()).parked;
  }

  /** Handles the parked messages of `messageId`'s stream in order, starting with it: it must be the first parked of its stream. */
  async replay(messageId: string, actor: Actor): Promise<ReplayOutcome> {
    const entry = (await this.load()).parked.find((candidate) => candidate.message.id === messageId);
    if (!entry) throw new ParkedMessageNotFound(messageId);
    const { streamId } = entry.message;
    const first = firstParkedOf(this.parking, streamId)!;
    if (first.message.id !== messageId) throw new NotFirstOfStream(messageId, first.message.id);
    const replayed: string[] = [];
    for (let next = first; ; ) {
      const failure = await this.attempt(next.message as M);
      if (failure) {
        await this.record({ type: 'NoteReplayFailure', data: { messageId: next.message.id, failure, at: now() } }, randomUUID(), actor);
        return { replayed, failed: { messageId: next.message.id, failure } };
      }
      const count = this.parking.replayed.get(next.message.id) ?? 0;
      await this.record({ type: 'ResolveParkedMessage', data: { messageId: next.message.id, at: now() } }, uuidFromName(`${parkingStream.streamId(this.name)}/${next.message.id}/replayed/${count}`), actor);
      replayed.push(next.message.id);
      const after = firstParkedOf(this.parking, streamId);
      if (!after) return { replayed };
      next = after;
    }
  }

  private async deliverOne(message: M): Promise<void> {
    if (firstParkedOf(this.parking, message.streamId) && (await this.park(message))) return;
    const failure = await this.attempt(message);
    if (failure) await this.park(message, failure);
  }

  /** Undefined once handled; the failure once attempts ran out or it will not pass on a retry. */
  private async attempt(message: M): Promise<DeliveryFailure | undefined> {
    const { maxAttempts = 5, retryDelayMs = 50 } = this.options;
    for (let attempt = 1; ; attempt++) {
      try {
        // What the consumer logs and records while handling it carries the correlation id the message came with.
        await withCorrelationId(message.metadata.correlationId, () => this.handle(message));
        return undefined;
      } catch (error) {
        if (!isTransient(error) || attempt >= maxAttempts) return deliveryFailure(error, attempt);
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2)));
      }
    }
  }

  /** Parks with its failure, or behind its stream's first parked message; false when that one was replayed meanwhile. */
  private async park(message: M, failure?: DeliveryFailure): Promise<boolean> {
    const count = this.parking.replayed.get(message.id) ?? 0;
    const parked: Delivery = { id: message.id, streamId: message.streamId, type: message.type, data: message.data, metadata: message.metadata, ...versionOf(message) };
    try {
      await this.record({ type: 'ParkMessage', data: { message: parked, ...(failure ? { failure } : {}), at: now() } }, uuidFromName(`${parkingStream.streamId(this.name)}/${message.id}/parked/${count}`), this.actor);
    } catch (error) {
      if (error instanceof StreamNoLongerParked) return false;
      throw error;
    }
    this.logger.error(`${message.type} ${message.id} of ${message.streamId} parked: ${failure ? `${failure.error}: ${failure.message}` : 'behind an earlier message of its stream'}`);
    await this.onParked?.(message, failure);
    return true;
  }

  private record(command: ParkingCommand, id: string, actor: Actor): Promise<void> {
    return this.inTurn(async () => {
      const { state } = await parkingStream.handle(this.store, this.name, { id, command, actor, occurredAt: now() });
      this.parking = state;
    });
  }

  private load(): Promise<Parking> {
    return this.inTurn(async () => (this.parking = await parkingStream.load(this.store, this.name)));
  }

  /**
   * One read or write of the parking stream at a time: batches of several partitions are delivered side by side, and
   * a read begun before another batch parked a message must not land after it and hide the park from that stream's
   * next message.
   */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.parkingTurn.then(work, work);
    this.parkingTurn = turn.catch(() => undefined);
    return turn;
  }
}

/** An integration message keeps its version when parked, so a replay hands the consumer what it was handed. */
function versionOf(message: Delivery): { version?: number } {
  const { version } = message as Delivery & { version?: unknown };
  return typeof version === 'number' ? { version } : {};
}

function now(): string {
  return new Date().toISOString();
}
