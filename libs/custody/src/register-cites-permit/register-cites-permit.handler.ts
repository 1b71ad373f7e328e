import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import type { StreamStore } from '#shared-kernel';
import { assertGrantsCites } from '../cites-permit-access.js';
import type { CitesPermitState, CitesPermitTerms } from '../domain/cites-permit.js';
import { tidyName } from '../domain/guide.names.js';
import { quantityOf } from '../dtos/quantity.dto.js';
import { RegisterCitesPermitCommand } from './register-cites-permit.command.js';
import { citesPermitStream } from '../domain/cites-permit.decider.js';

@CommandHandler(RegisterCitesPermitCommand)
export class RegisterCitesPermitHandler implements ICommandHandler<RegisterCitesPermitCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  /** The permit as it stands: registered again with the same terms, with its revocation if it was revoked since. */
  async execute({ body, actor, idempotencyKey }: RegisterCitesPermitCommand): Promise<CitesPermitState> {
    assertGrantsCites(actor);
    const { number, appendix, holderTaxId, validFrom, validUntil } = body;
    const terms: CitesPermitTerms = { number, scientificName: tidyName(body.scientificName), appendix, volume: quantityOf(body.volume), holderTaxId, validFrom, validUntil };
    const { id, requestDigest } = commandIdFor(`custody/register-cites-permit/${number}`, actor, idempotencyKey, body);
    const { state } = await citesPermitStream.handle(this.store, number, { id, command: { type: 'RegisterCitesPermit', data: terms }, actor, occurredAt: new Date().toISOString(), requestDigest });
    return state;
  }
}
