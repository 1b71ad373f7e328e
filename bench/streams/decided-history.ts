import { performance } from 'node:perf_hooks';
import type { EventStore } from '#event-store';
import { type AggregateStream, type Command, type CommandEnvelope, type Event, type EventToAppend, eventToAppend } from '#shared-kernel';
import { formatCount, progress } from '../shared/report.js';

/** A history decided command by command on the state folded so far, ids, keys and metadata as `handleCommand` makes them: no re-read per command. */
export class DecidedHistory<C extends Command, E extends Event, S> {
  readonly events: EventToAppend[] = [];
  private current: S;

  constructor(private readonly stream: AggregateStream<C, E, S>) {
    this.current = stream.decider.initialState;
  }

  get state(): S {
    return this.current;
  }

  /** Decides the command on the state so far; a history command must record something. */
  decide(envelope: CommandEnvelope<C>): readonly E[] {
    const { decider, snapshots } = this.stream;
    const decided = decider.decide(envelope.command, this.current);
    if (decided.length === 0) throw new Error(`${envelope.command.type} recorded nothing`);
    decided.forEach((event, index) => {
      this.events.push(eventToAppend(event, index, envelope, undefined, snapshots?.claims(event)));
      this.current = decider.evolve(this.current, event);
    });
    return decided;
  }
}

/** Writes a new stream in batches, each at the exact version the previous one left. */
export async function appendInBatches(store: EventStore, streamId: string, events: readonly EventToAppend[], batchSize: number): Promise<void> {
  const started = performance.now();
  let version = 0;
  for (let from = 0; from < events.length; from += batchSize) {
    const batch = events.slice(from, from + batchSize);
    const result = await store.append(streamId, batch, version === 0 ? 'no_stream' : version);
    if (result.nextExpectedVersion !== version + batch.length) {
      throw new Error(`Append to ${streamId} at ${version} answered version ${result.nextExpectedVersion}, expected ${version + batch.length}`);
    }
    version = result.nextExpectedVersion;
  }
  progress(`${streamId}: ${formatCount(events.length)} events appended in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
