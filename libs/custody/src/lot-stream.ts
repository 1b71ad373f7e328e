import type { Delivery } from '#messaging';
import { type CommandEnvelope, DomainError, fold, handleCommand, type HandleOptions, type RecordedEvent, type StreamStore, readStreamOrEmpty, uuidFromName } from '#shared-kernel';
import type { LotCommand } from './domain/lot.commands.js';
import { lotDecider } from './domain/lot.decider.js';
import type { LotEvent } from './domain/lot.events.js';
import { lotStepRefused } from './domain/lot.refusal.js';
import type { Lot } from './domain/lot.state.js';

export function lotStreamId(lotId: string): string {
  return `lot-${lotId}`;
}

/** A lot's recorded events, typed as the lot's. */
export type RecordedLotEvent = RecordedEvent<LotEvent['type']> & LotEvent;

/** Named after the lot, unlike the decider's refusal, because a use case may touch several lots. */
export class UnknownLot extends DomainError {
  constructor(lotId: string) {
    super('not_found', 'lot_not_found', `Lot ${lotId} does not exist`, { lotId });
  }
}

export async function readLotHistory(store: StreamStore, lotId: string): Promise<readonly RecordedLotEvent[]> {
  return (await readStreamOrEmpty(store, lotStreamId(lotId))) as unknown as readonly RecordedLotEvent[];
}

/** The lot as its stream folds now: for ownership checks before a command. */
export async function loadLot(store: StreamStore, lotId: string): Promise<Lot> {
  const lot = fold(lotDecider, await readLotHistory(store, lotId));
  if (!lot) throw new UnknownLot(lotId);
  return lot;
}

export function onLot(store: StreamStore, lotId: string, envelope: CommandEnvelope<LotCommand>, options?: HandleOptions<LotCommand, LotEvent>) {
  return handleCommand(store, lotDecider, lotStreamId(lotId), envelope, options);
}

/**
 * A step another fact asks of a lot (a scan's record, a workflow's dispatch), by the fact's actor and at its time:
 * the lot's refusal is recorded on it as `LotStepRefused`, so a step run again answers the same outcome.
 */
export function stepOnLot(store: StreamStore, lotId: string, id: string, command: LotCommand, fact: Pick<Delivery, 'metadata'>) {
  const { actor, occurredAt, correlationId } = fact.metadata;
  return handleCommand(store, lotDecider, lotStreamId(lotId), { id, command, actor, occurredAt, correlationId }, { recordRefusal: lotStepRefused(lotId) });
}

/** The id of one lot's step in a use case: derived from the use case's, so a retry replays the step. */
export function stepId(commandId: string, step: string, lotId: string): string {
  return uuidFromName(`${commandId}/${step}/${lotId}`);
}
