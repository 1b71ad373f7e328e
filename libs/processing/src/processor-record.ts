import { fold, type StreamStore } from '#shared-kernel';
import { processorStream } from './domain/processor.decider.js';
import { ProcessorNotFound } from './domain/processor.errors.js';
import type { ProcessorEvent, ProcessorRegistered } from './domain/processor.events.js';
import type { Processor } from './domain/processor.state.js';

/** A processor as its stream holds it: the registration (authority, resolution, position are not in the state), the state and every event. */
export interface ProcessorRecord {
  readonly registration: ProcessorRegistered['data'];
  readonly processor: Processor;
  readonly events: readonly ProcessorEvent[];
}

/** Folds the facility's stream today; `processor_not_found` (404) when it was never registered. */
export async function loadProcessor(store: StreamStore, facilityId: string): Promise<ProcessorRecord> {
  const events = await processorStream.read(store, facilityId);
  const processor = fold(processorStream.decider, events);
  // A delivery refused before the facility was registered may come first.
  const registration = events.find((event): event is typeof event & ProcessorRegistered => event.type === 'ProcessorRegistered');
  if (processor === undefined || !registration) throw new ProcessorNotFound();
  return { registration: registration.data, processor, events };
}
