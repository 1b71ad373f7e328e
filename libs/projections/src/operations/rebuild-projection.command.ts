import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { ReadModelResponse } from './read-model-operations.responses.js';

/** Fold a projection again from the start of the log into a fresh table, its current rows answering until the switch. */
export class RebuildProjectionCommand extends Command<ReadModelResponse> {
  constructor(
    readonly name: string,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}
