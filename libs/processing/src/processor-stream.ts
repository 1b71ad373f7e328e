import { type CommandEnvelope, fold, handleCommand, type RecordedEvent, type StreamStore, readStreamOrEmpty } from '#shared-kernel';
import type { ProcessorCommand } from './domain/processor.commands.js';
import { processorDecider } from './domain/processor.decider.js';
import { ProcessorNotFound } from './domain/processor.errors.js';
import type { ProcessorEvent, ProcessorRegistered } from './domain/processor.events.js';
import type { Processor } from './domain/processor.state.js';

/** One stream per facility: its authorisation, inventory and transformations. */
export function processorStreamId(facilityId: string): string {
  return `processor-${facilityId}`;
}

/** A processor as its stream holds it: the registration (authority, resolution, position are not in the state), the state and every event. */
export interface ProcessorRecord {
  readonly registration: ProcessorRegistered['data'];
  readonly processor: Processor;
  readonly events: readonly ProcessorEvent[];
}

/** Folds the facility's stream today; `processor_not_found` (404) when it was never registered. */
export async function loadProcessor(store: StreamStore, facilityId: string): Promise<ProcessorRecord> {
  const events = (await readProcessorStream(store, facilityId)) as unknown as readonly ProcessorEvent[];
  const processor = fold(processorDecider, events);
  // A delivery refused before the facility was registered may come first.
  const registration = events.find((event): event is ProcessorRegistered => event.type === 'ProcessorRegistered');
  if (processor === undefined || !registration) throw new ProcessorNotFound();
  return { registration: registration.data, processor, events };
}

async function readProcessorStream(store: StreamStore, facilityId: string): Promise<readonly RecordedEvent[]> {
  return await readStreamOrEmpty(store, processorStreamId(facilityId));
}

/**
 * Runs a command on the facility's stream and answers the events it recorded — on a retry with the same
 * command id, those recorded the first time, so the answer is the same.
 */
export async function recordOnProcessor(store: StreamStore, facilityId: string, envelope: CommandEnvelope<ProcessorCommand>): Promise<readonly ProcessorEvent[]> {
  const { events } = await handleCommand(store, processorDecider, processorStreamId(facilityId), envelope);
  return events.map(({ type, data }) => ({ type, data }) as ProcessorEvent);
}

type EventData<T extends ProcessorEvent['type']> = Extract<ProcessorEvent, { type: T }>['data'];

/** The one event of `type` a command recorded. */
export function recordedOf<T extends ProcessorEvent['type']>(events: readonly ProcessorEvent[], type: T): EventData<T> {
  const event = events.find((candidate) => candidate.type === type);
  if (!event) throw new Error(`Expected ${type} among the recorded events, got ${events.map((e) => e.type).join(', ') || 'nothing'}`);
  return event.data as unknown as EventData<T>;
}
