import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actsFor } from '#auth';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import { handleCommand, type StreamStore } from '#shared-kernel';
import { referenceStreamId } from '../domain/catalogue.js';
import type { PublishReferenceVersion } from '../domain/reference-version.commands.js';
import { referenceVersionDecider } from '../domain/reference-version.decider.js';
import type { ReferenceVersion } from '../domain/reference-version.js';
import type { PublishedReferenceVersion } from '../integration/reference-data.js';
import { ReferenceVersions } from '../versions/reference-versions.js';
import { onlySerforPublishes, PUBLISHER } from './publish-reference-version.errors.js';
import { PublishReferenceVersionCommand } from './publish-reference-version.command.js';

@CommandHandler(PublishReferenceVersionCommand)
export class PublishReferenceVersionHandler implements ICommandHandler<PublishReferenceVersionCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    private readonly versions: ReferenceVersions,
  ) {}

  async execute({ body, actor, idempotencyKey }: PublishReferenceVersionCommand): Promise<PublishedReferenceVersion> {
    if (!actsFor(actor, PUBLISHER)) throw onlySerforPublishes(actor);
    // Events are JSON: the version is recorded as it will be read back, not as the DTO instances it arrived in.
    const version = JSON.parse(JSON.stringify(body)) as ReferenceVersion;
    const command: PublishReferenceVersion = { type: 'PublishReferenceVersion', data: version };
    const { id, requestDigest } = commandIdFor(`reference-data/publish/${version.catalogue}`, actor, idempotencyKey, body);
    const result = await handleCommand(this.store, referenceVersionDecider, referenceStreamId(version.catalogue), {
      id,
      command,
      actor,
      occurredAt: new Date().toISOString(),
      requestDigest,
    });
    this.versions.published(version.catalogue);
    // A publication is always one event, on a retry the one first appended.
    const event = result.events[0]!;
    return { ...event.data, publishedAt: event.metadata.occurredAt, publishedBy: event.metadata.actor };
  }
}
