import { type CommandEnvelope, fold, handleCommand, type RecordedEvent, type StreamStore, readStreamOrEmpty } from '#shared-kernel';
import type { PermitCommand } from './domain/permit.commands.js';
import type { PermitEvent } from './domain/permit.events.js';
import { permitDecider } from './domain/permit.decider.js';
import { PermitNotFound } from './domain/permit.errors.js';
import type { Permit } from './domain/permit.state.js';

export function permitStreamId(permitId: string): string {
  return `permit-${permitId}`;
}

/** The permit as its stream folds today: for ownership checks before a command and for the live read model. */
export async function loadPermit(store: StreamStore, permitId: string): Promise<Permit> {
  const permit = fold(permitDecider, (await readPermitStream(store, permitId)) as unknown as readonly PermitEvent[]);
  if (!permit) throw new PermitNotFound(permitId);
  return permit;
}

async function readPermitStream(store: StreamStore, permitId: string): Promise<readonly RecordedEvent[]> {
  return await readStreamOrEmpty(store, permitStreamId(permitId));
}

type PermitEventData<T extends PermitEvent['type']> = Extract<PermitEvent, { type: T }>['data'];

/**
 * Runs a command on its permit's stream and answers the one event it records — on a retry with the same
 * command id, the one recorded the first time, so the answer is the same.
 */
export async function recordOnPermit<C extends PermitCommand, T extends PermitEvent['type']>(
  store: StreamStore,
  permitId: string,
  envelope: CommandEnvelope<C>,
  recorded: T,
): Promise<PermitEventData<T>> {
  const { events } = await handleCommand(store, permitDecider, permitStreamId(permitId), envelope);
  const event = events.find((candidate) => candidate.type === recorded);
  if (!event) throw new Error(`${envelope.command.type} on ${permitStreamId(permitId)} recorded ${events.map((e) => e.type).join(', ') || 'nothing'}, not ${recorded}`);
  return event.data as PermitEventData<T>;
}
