import { isDeepStrictEqual } from 'node:util';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { type Actor, handleCommand, type StreamStore, uuidFromName } from '#shared-kernel';
import { CATALOGUES, type Catalogue, referenceStreamId } from '../domain/catalogue.js';
import { referenceVersionDecider } from '../domain/reference-version.decider.js';
import type { ReferenceVersion } from '../domain/reference-version.js';
import { StaleReferenceVersion } from '../domain/reference-version.errors.js';
import { ReferenceVersions } from '../versions/reference-versions.js';
import { shippedAsWritten, shippedVersions } from './shipped-version.js';

/** The author of the shipped versions, as their events record it. */
export const SHIPPED_BY: Actor = { id: 'reference-data-files', role: 'system' };

/**
 * Publishes each shipped version, in order, before the app serves requests. The command id is derived from the
 * version's content, so a restart replays the first publication instead of adding another.
 */
@Injectable()
export class PublishShippedVersions implements OnApplicationBootstrap {
  private readonly logger = new Logger(PublishShippedVersions.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    private readonly versions: ReferenceVersions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const catalogue of CATALOGUES) {
      // A restart finds its files published as written: nothing to validate again (~0.3 s for species) or replay.
      if (await this.publishedAsWritten(catalogue)) continue;
      await this.publishInOrder(catalogue, await shippedVersions(catalogue));
    }
  }

  /** Whether each shipped version is the published version of its number, published from the files. */
  private async publishedAsWritten(catalogue: Catalogue): Promise<boolean> {
    const [shipped, history] = await Promise.all([shippedAsWritten(catalogue), this.versions.history(catalogue)]);
    return shipped.every((version, index) => {
      const published = history[index];
      if (published?.publishedBy.id !== SHIPPED_BY.id) return false;
      const { publishedAt: _at, publishedBy: _by, ...content } = published;
      return isDeepStrictEqual(content, version);
    });
  }

  // Each shipped version amends the shipped one before it: once one was not published, those after it do not apply.
  private async publishInOrder(catalogue: Catalogue, versions: readonly ReferenceVersion[]): Promise<void> {
    for (const [index, version] of versions.entries()) {
      if (await this.publish(catalogue, version)) continue;
      const later = versions.slice(index + 1).map((skipped) => skipped.version);
      if (later.length > 0) this.logger.warn(`The shipped versions ${later.join(', ')} of ${catalogue} were not published either: publish them as new versions`);
      return;
    }
  }

  /** Whether the version is now published as shipped. */
  private async publish(catalogue: Catalogue, version: ReferenceVersion): Promise<boolean> {
    const envelope = {
      id: uuidFromName(`reference-data/shipped/${JSON.stringify(version)}`),
      command: { type: 'PublishReferenceVersion', data: version } as const,
      actor: SHIPPED_BY,
      occurredAt: new Date().toISOString(),
    };
    try {
      await handleCommand(this.store, referenceVersionDecider, referenceStreamId(catalogue), envelope);
      this.versions.published(catalogue);
      return true;
    } catch (error) {
      if (!(error instanceof StaleReferenceVersion)) throw error;
      // Published versions are never rewritten: an edited file must become a new version.
      this.logger.warn(`The shipped version ${version.version} of ${catalogue} differs from the published one; it was not published again`);
      return false;
    }
  }
}
