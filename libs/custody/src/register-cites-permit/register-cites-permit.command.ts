import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { CitesPermitState } from '../domain/cites-permit.js';
import type { RegisterCitesPermitDto } from './register-cites-permit.dto.js';

/** Register a CITES permit with its terms. */
export class RegisterCitesPermitCommand extends Command<CitesPermitState> {
  constructor(
    readonly body: RegisterCitesPermitDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
