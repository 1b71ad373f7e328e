import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, RecentReads } from '#event-store';
import { type RecordedEvent, type StreamStore, readStreamOrEmpty } from '#shared-kernel';
import { type Catalogue, referenceStreamId } from '../domain/catalogue.js';
import type { ReferenceVersionPublished } from '../domain/reference-version.events.js';
import { versionInForce } from '../domain/version-in-force.js';
import type { PublishedReferenceVersion } from '../integration/reference-data.js';

/** A publication in another process is seen within this; one in this process at once. */
const FRESH_FOR_MS = 1_000;

/**
 * Each catalogue's published versions, folded live from its stream. Versions never change once
 * published, so only events past those already held are read, and at most once a second: every
 * scan looks up three catalogues, and a publication is rare.
 */
@Injectable()
export class ReferenceVersions {
  private readonly held = new Map<Catalogue, PublishedReferenceVersion[]>();
  private readonly recent = new RecentReads<readonly PublishedReferenceVersion[]>(FRESH_FOR_MS);

  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async history<C extends Catalogue>(catalogue: C): Promise<readonly PublishedReferenceVersion<C>[]> {
    // The stream of catalogue C holds versions of C only.
    return (await this.recent.read(catalogue, () => this.readNew(catalogue))) as unknown as readonly PublishedReferenceVersion<C>[];
  }

  /** After this process published a version of `catalogue`. */
  published(catalogue: Catalogue): void {
    this.recent.forget(catalogue);
  }

  async inForce<C extends Catalogue>(catalogue: C, at: Date): Promise<PublishedReferenceVersion<C> | undefined> {
    return versionInForce(await this.history(catalogue), at.getTime());
  }

  private async readNew(catalogue: Catalogue): Promise<readonly PublishedReferenceVersion[]> {
    const held = this.held.get(catalogue) ?? [];
    const fresh = await readStreamOrEmpty(this.store, referenceStreamId(catalogue), { fromVersion: held.length + 1 });
    // A concurrent call may have added some of these while this one read: keep each position once.
    const current = this.held.get(catalogue) ?? [];
    const next = [...current, ...fresh.filter((event) => event.streamPosition > current.length).map(published)];
    this.held.set(catalogue, next);
    return next;
  }
}

function published(event: RecordedEvent): PublishedReferenceVersion {
  const { data, metadata } = event as RecordedEvent<ReferenceVersionPublished['type'], ReferenceVersionPublished['data']>;
  return { ...data, publishedAt: metadata.occurredAt, publishedBy: metadata.actor };
}
