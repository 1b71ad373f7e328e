import { type CommandEnvelope, fold, handleCommand, type StreamStore, readStreamOrEmpty } from '#shared-kernel';
import { type LotHolds, type LotHoldsCommand, lotHoldsDecider, type LotHoldsEvent } from './domain/lot-holds.js';

/** One stream per lot custody ever held, fed by custody's integration events: the inbox is the stream (ADR 5). */
export function lotHoldsStreamId(lotId: string): string {
  return `processing-holds-${lotId}`;
}

/** The holds in force on a lot; none for a lot custody never held. */
export async function loadLotHolds(store: StreamStore, lotId: string): Promise<LotHolds> {
  return fold(lotHoldsDecider, (await readStreamOrEmpty(store, lotHoldsStreamId(lotId))) as unknown as readonly LotHoldsEvent[]);
}

export function recordOnLotHolds(store: StreamStore, lotId: string, envelope: CommandEnvelope<LotHoldsCommand>) {
  return handleCommand(store, lotHoldsDecider, lotHoldsStreamId(lotId), envelope);
}
