import type { Logger } from '@nestjs/common';
import { type Actor, DomainError, type StreamStore } from '#shared-kernel';
import type { GuideReleaseReason } from './domain/lot.js';
import { onLot, stepId } from './lot-stream.js';

/** A step on one lot of a guide that the lot refused: what the answer reports instead of failing the whole. */
export interface LotRefusal {
  readonly lotId: string;
  readonly error: string;
  readonly message: string;
}

export interface LotsOutcome {
  readonly done: readonly string[];
  readonly refused: readonly LotRefusal[];
}

export interface GuideRelease {
  readonly guideNumber: string;
  readonly lotIds: readonly string[];
  readonly reason: GuideReleaseReason;
  /** The use case's command id; each lot's release derives its own from it. */
  readonly commandId: string;
  readonly actor: Actor;
  readonly at: string;
}

/**
 * Sends each lot of a guide back where it was dispatched from. A lot that refuses (held by a case, or no
 * longer on the guide) stays as it is and is reported: one lot must not keep the others on a closed guide.
 */
export async function releaseLots(store: StreamStore, release: GuideRelease, logger: Logger): Promise<LotsOutcome> {
  const { guideNumber, reason, commandId, actor, at } = release;
  const done: string[] = [];
  const refused: LotRefusal[] = [];
  for (const lotId of release.lotIds) {
    try {
      const command = { type: 'ReleaseFromGuide', data: { guideNumber, reason, at } } as const;
      await onLot(store, lotId, { id: stepId(commandId, 'release', lotId), command, actor, occurredAt: at, correlationId: commandId });
      done.push(lotId);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      logger.warn(`Lot ${lotId} not released from guide ${guideNumber} (${reason}): ${error.code}: ${error.message}`);
      refused.push({ lotId, error: error.code, message: error.message });
    }
  }
  return { done, refused };
}
