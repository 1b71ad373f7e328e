import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedActor } from '#auth';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import { type StreamStore, uuidFromName } from '#shared-kernel';
import type { CreateChildLot, SplitLot } from '../domain/lot.commands.js';
import type { LotSplit } from '../domain/lot.events.js';
import { volumeOf } from '../dtos/volume.dto.js';
import { assertKeeps } from '../lot-access.js';
import { loadLot, onLot, stepId } from '../lot-stream.js';
import type { SplitLotDto } from './split-lot.dto.js';
import type { SplitLotResponse } from './split-lot.response.js';

/**
 * The parent gives up the volume first (where its invariants live), then each child records what it was given.
 * A child cannot be refused once the split stands (its id is new, its share already checked); a retry with the
 * same Idempotency-Key finishes the children after a crash.
 */
@Injectable()
export class SplitLotHandler {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async handle(lotId: string, body: SplitLotDto, actor: AuthenticatedActor, idempotencyKey?: string): Promise<SplitLotResponse> {
    assertKeeps(actor, await loadLot(this.store, lotId), 'split');
    const { id, requestDigest } = commandIdFor(`custody/split-lot/${lotId}`, actor, idempotencyKey, body);
    const now = new Date().toISOString();
    // Child ids are made from the command id, so a retry names the same children.
    const children = body.children.map((child, index) => ({ lotId: `LOT-${uuidFromName(`${id}/child/${index}`)}`, volume: volumeOf(child.volume) }));
    const command: SplitLot = { type: 'SplitLot', data: { children, at: now } };
    const { events } = await onLot(this.store, lotId, { id: uuidFromName(`${id}/split`), command, actor, occurredAt: now, correlationId: id, requestDigest });
    const split = events.find((event) => event.type === 'LotSplit') as LotSplit | undefined;
    if (!split) throw new Error(`SplitLot on lot ${lotId} recorded ${events.map((event) => event.type).join(', ') || 'nothing'}`);

    const { species, productType, place, at } = split.data;
    for (const child of split.data.children) {
      const create: CreateChildLot = { type: 'CreateChildLot', data: { lotId: child.lotId, parents: [{ lotId, volume: child.volume }], species, productType, place, at } };
      await onLot(this.store, child.lotId, { id: stepId(id, 'create', child.lotId), command: create, actor, occurredAt: now, correlationId: id, requestDigest });
    }
    return { lotId, remaining: split.data.remaining, children: split.data.children };
  }
}
