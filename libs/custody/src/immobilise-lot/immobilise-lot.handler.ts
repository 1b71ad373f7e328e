import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import type { StreamStore } from '#shared-kernel';
import type { ImmobiliseLot } from '../domain/lot.commands.js';
import { type LotSummary, lotSummary } from '../lot-view/lot-view.js';
import { ImmobiliseLotCommand } from './immobilise-lot.command.js';
import { lotStream } from '../domain/lot.decider.js';

/** A precautionary hold, under the regulator's own authority, wherever the lot is. */
@CommandHandler(ImmobiliseLotCommand)
export class ImmobiliseLotHandler implements ICommandHandler<ImmobiliseLotCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ lotId, body, actor, idempotencyKey }: ImmobiliseLotCommand): Promise<LotSummary> {
    await lotStream.loadExisting(this.store, lotId);
    const { id, requestDigest } = commandIdFor(`custody/immobilise-lot/${lotId}`, actor, idempotencyKey, body);
    const now = new Date().toISOString();
    const { caseRef, reason, checkpoint } = body;
    const command: ImmobiliseLot = { type: 'ImmobiliseLot', data: { caseRef, reason, authority: actor.organisation, ...(checkpoint === undefined ? {} : { checkpoint }), at: now } };
    const { state } = await lotStream.handle(this.store, lotId, { id, command, actor, occurredAt: now, requestDigest });
    return lotSummary(state!);
  }
}
