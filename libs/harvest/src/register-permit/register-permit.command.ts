import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { PermitRegistered } from '../domain/permit.events.js';
import type { RegisterPermitDto } from './register-permit.dto.js';

/** Register a forest permit under its authority. */
export class RegisterPermitCommand extends Command<PermitRegistered['data']> {
  constructor(
    readonly body: RegisterPermitDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
