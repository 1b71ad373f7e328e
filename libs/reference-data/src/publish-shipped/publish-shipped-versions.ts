import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { type Actor, handleCommand, type StreamStore, uuidFromName } from '#shared-kernel';
import { CATALOGUES, type Catalogue, referenceStreamId } from '../domain/catalogue.js';
import { referenceVersionDecider } from '../domain/reference-version.decider.js';
import { StaleReferenceVersion } from '../domain/reference-version.errors.js';
import { ReferenceVersions } from '../versions/reference-versions.js';
import { shippedVersion } from './shipped-version.js';

/** The author of the shipped versions, as their events record it. */
export const SHIPPED_BY: Actor = { id: 'reference-data-files', role: 'system' };

/**
 * Publishes each shipped version before the app serves requests. The command id is derived from the
 * file's content, so a restart replays the first publication instead of adding another.
 */
@Injectable()
export class PublishShippedVersions implements OnApplicationBootstrap {
  private readonly logger = new Logger(PublishShippedVersions.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    private readonly versions: ReferenceVersions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const catalogue of CATALOGUES) await this.publish(catalogue);
  }

  private async publish(catalogue: Catalogue): Promise<void> {
    const version = await shippedVersion(catalogue);
    const envelope = {
      id: uuidFromName(`reference-data/shipped/${JSON.stringify(version)}`),
      command: { type: 'PublishReferenceVersion', data: version } as const,
      actor: SHIPPED_BY,
      occurredAt: new Date().toISOString(),
    };
    try {
      await handleCommand(this.store, referenceVersionDecider, referenceStreamId(catalogue), envelope);
      this.versions.published(catalogue);
    } catch (error) {
      if (!(error instanceof StaleReferenceVersion)) throw error;
      // Published versions are never rewritten: an edited file must become a new version.
      this.logger.warn(`data/${catalogue}.json differs from the published version ${version.version} of ${catalogue}; it was not published again`);
    }
  }
}
