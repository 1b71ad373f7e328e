import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import type { StreamStore } from '#shared-kernel';
import type { ReleaseLot } from '../domain/lot.commands.js';
import { assertMayActOnHold } from '../lot-access.js';
import { type LotSummary, lotSummary } from '../lot-view/lot-view.js';
import { ReleaseLotCommand } from './release-lot.command.js';
import { lotStream } from '../domain/lot.decider.js';

/** After review, the case that holds the lot lets it go. */
@CommandHandler(ReleaseLotCommand)
export class ReleaseLotHandler implements ICommandHandler<ReleaseLotCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ lotId, body, actor, idempotencyKey }: ReleaseLotCommand): Promise<LotSummary> {
    assertMayActOnHold(actor, await lotStream.loadExisting(this.store, lotId), 'release');
    const { id, requestDigest } = commandIdFor(`custody/release-lot/${lotId}`, actor, idempotencyKey, body);
    const now = new Date().toISOString();
    const command: ReleaseLot = { type: 'ReleaseLot', data: { caseRef: body.caseRef, authority: actor.organisation, at: now } };
    const { state } = await lotStream.handle(this.store, lotId, { id, command, actor, occurredAt: now, requestDigest });
    return lotSummary(state!);
  }
}
