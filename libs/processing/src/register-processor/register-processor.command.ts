import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { ProcessorRegistered } from '../domain/processor.events.js';
import type { RegisterProcessorDto } from './register-processor.dto.js';

/** Register a processing facility (a sawmill, a plant) under its operator. */
export class RegisterProcessorCommand extends Command<ProcessorRegistered['data']> {
  constructor(
    readonly body: RegisterProcessorDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
