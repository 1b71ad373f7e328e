import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import type { StreamStore } from '#shared-kernel';
import type { ConfiscateLot } from '../domain/lot.commands.js';
import { assertMayActOnHold } from '../lot-access.js';
import { type LotSummary, lotSummary } from '../lot-view/lot-view.js';
import { ConfiscateLotCommand } from './confiscate-lot.command.js';
import { lotStream } from '../domain/lot.decider.js';

/** Final (decomiso): a held lot by the authority that holds it or a national one; a free lot by any regulator. */
@CommandHandler(ConfiscateLotCommand)
export class ConfiscateLotHandler implements ICommandHandler<ConfiscateLotCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ lotId, body, actor, idempotencyKey }: ConfiscateLotCommand): Promise<LotSummary> {
    assertMayActOnHold(actor, await lotStream.loadExisting(this.store, lotId), 'confiscate');
    const { id, requestDigest } = commandIdFor(`custody/confiscate-lot/${lotId}`, actor, idempotencyKey, body);
    const now = new Date().toISOString();
    const command: ConfiscateLot = { type: 'ConfiscateLot', data: { caseRef: body.caseRef, authority: actor.organisation, at: now } };
    const { state } = await lotStream.handle(this.store, lotId, { id, command, actor, occurredAt: now, requestDigest });
    return lotSummary(state!);
  }
}
