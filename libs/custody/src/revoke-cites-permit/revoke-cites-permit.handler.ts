import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import type { StreamStore } from '#shared-kernel';
import { assertGrantsCites } from '../cites-permit-access.js';
import type { CitesPermitState } from '../domain/cites-permit.js';
import { RevokeCitesPermitCommand } from './revoke-cites-permit.command.js';
import { citesPermitStream } from '../domain/cites-permit.decider.js';

/** From the revocation on, the permit covers no load; scans observed before it are judged as they were. */
@CommandHandler(RevokeCitesPermitCommand)
export class RevokeCitesPermitHandler implements ICommandHandler<RevokeCitesPermitCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ number, body, actor, idempotencyKey }: RevokeCitesPermitCommand): Promise<CitesPermitState> {
    assertGrantsCites(actor);
    const { id, requestDigest } = commandIdFor(`custody/revoke-cites-permit/${number}`, actor, idempotencyKey, body);
    const command = { type: 'RevokeCitesPermit', data: { number, reason: body.reason, at: new Date().toISOString() } } as const;
    const { state } = await citesPermitStream.handle(this.store, number, { id, command, actor, occurredAt: command.data.at, requestDigest });
    return state;
  }
}
