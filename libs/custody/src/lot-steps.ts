import type { Delivery } from '#messaging';
import { type StreamStore, uuidFromName } from '#shared-kernel';
import { type LotCommand } from './domain/lot.commands.js';
import { lotStream } from './domain/lot.decider.js';
import { lotStepRefused } from './domain/lot.refusal.js';

/**
 * A step another fact asks of a lot (a scan's record, a workflow's dispatch), by the fact's actor and at its time:
 * the lot's refusal is recorded on it as `LotStepRefused`, so a step run again answers the same outcome.
 */
export function stepOnLot(store: StreamStore, lotId: string, id: string, command: LotCommand, fact: Pick<Delivery, 'metadata'>) {
  const { actor, occurredAt, correlationId } = fact.metadata;
  return lotStream.handle(store, lotId, { id, command, actor, occurredAt, correlationId }, { recordRefusal: lotStepRefused(lotId) });
}

/** The id of one lot's step in a use case: derived from the use case's, so a retry replays the step. */
export function stepId(commandId: string, step: string, lotId: string): string {
  return uuidFromName(`${commandId}/${step}/${lotId}`);
}
