import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { CitesPermitState } from '../domain/cites-permit.js';
import type { RevokeCitesPermitDto } from './revoke-cites-permit.dto.js';

/** Revoke a CITES permit: from then on it covers no load. */
export class RevokeCitesPermitCommand extends Command<CitesPermitState> {
  constructor(
    readonly number: string,
    readonly body: RevokeCitesPermitDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
