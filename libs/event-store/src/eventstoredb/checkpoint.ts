import { jsonEvent, NO_STREAM, WrongExpectedVersionError, type AppendExpectedRevision, type EventStoreDBClient } from '@eventstore/db-client';
import { type LogPosition, type LogPositionText, positionFromText, positionText } from '#shared-kernel';
import type { CheckpointSource } from '../event-store.js';
import { checkpointStream, keepRecentEvents, readLastEvent } from './bookkeeping-streams.js';

/** Another instance advanced this subscription's checkpoint: it owns the name now. */
export class OwnershipLost extends Error {}

export interface Checkpoint {
  load(): Promise<LogPosition | undefined>;
  store(position: LogPosition): Promise<void>;
}

/** JSON has no bigint: positions are stored as decimal strings. */
export type CheckpointStored = LogPositionText;

export const toCheckpointStored: (position: LogPosition) => CheckpointStored = positionText;

export function fromCheckpointStored(data: unknown): LogPosition {
  const { commit, prepare } = (data ?? {}) as Partial<CheckpointStored>;
  if (typeof commit !== 'string' || typeof prepare !== 'string') throw new Error(`Malformed checkpoint: ${JSON.stringify(data)}`);
  return positionFromText({ commit, prepare });
}

/** The store's checkpoint of a subscription: `CheckpointStored` events appended by compare-and-set on the revision last seen. */
class StreamCheckpoint implements Checkpoint {
  private revision: AppendExpectedRevision = NO_STREAM;

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly stream: string,
  ) {}

  async load(): Promise<LogPosition | undefined> {
    const last = await readLastEvent(this.client, this.stream);
    if (!last) return undefined;
    this.revision = last.revision;
    return fromCheckpointStored(last.data);
  }

  async store(position: LogPosition): Promise<void> {
    if (this.revision === NO_STREAM) await keepRecentEvents(this.client, this.stream);
    try {
      const event = jsonEvent({ type: 'CheckpointStored', data: toCheckpointStored(position) });
      this.revision = (await this.client.appendToStream(this.stream, event, { expectedRevision: this.revision })).nextExpectedRevision;
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) throw new OwnershipLost(`Checkpoint ${this.stream} was advanced by another owner`);
      throw error;
    }
  }
}

/** A handler with its own checkpoint writes it with its rows: start from it and keep later positions in memory. */
export function checkpointFor(client: EventStoreDBClient, subscription: string, source: CheckpointSource | undefined): Checkpoint {
  if (!source) return new StreamCheckpoint(client, checkpointStream(subscription));
  return { load: () => source.load(), store: async () => undefined };
}
