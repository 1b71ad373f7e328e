import { Command } from '@nestjs/cqrs';
import type { Actor } from '#shared-kernel';
import type { ReferenceVersion } from '../domain/reference-version.js';
import type { PublishedReferenceVersion } from '../integration/reference-data.js';

/** Publish a new version of a reference catalogue. */
export class PublishReferenceVersionCommand extends Command<PublishedReferenceVersion> {
  constructor(
    readonly body: ReferenceVersion,
    readonly actor: Actor,
    readonly idempotencyKey: string | undefined,
  ) {
    super();
  }
}
