import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { type RecordedEvent, StreamNotFound, type StreamStore } from '#shared-kernel';
import { type Catalogue, referenceStreamId } from '../domain/catalogue.js';
import type { ReferenceVersionPublished } from '../domain/reference-version.events.js';
import { versionInForce } from '../domain/version-in-force.js';
import type { PublishedReferenceVersion } from '../integration/reference-data.js';

type Versions = readonly PublishedReferenceVersion[];

/**
 * Each catalogue's published versions, folded live from its stream. Versions never change once
 * published, so only events past those already held are read. Every lookup sees what was published
 * before it began: it shares a read that starts after it, never one already under way, so callers
 * arriving together (every scan looks up several catalogues) share one read instead of one each.
 */
@Injectable()
export class ReferenceVersions {
  private readonly held = new Map<Catalogue, Versions>();
  private readonly reading = new Map<Catalogue, Promise<Versions>>();
  private readonly next = new Map<Catalogue, Promise<Versions>>();

  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  history<C extends Catalogue>(catalogue: C): Promise<readonly PublishedReferenceVersion<C>[]> {
    let next = this.next.get(catalogue);
    if (!next) {
      const under = this.reading.get(catalogue);
      next = (under ? under.catch(() => undefined) : Promise.resolve()).then(() => this.startRead(catalogue));
      this.next.set(catalogue, next);
    }
    // The stream of catalogue C holds versions of C only.
    return next as Promise<readonly PublishedReferenceVersion<C>[]>;
  }

  async inForce<C extends Catalogue>(catalogue: C, at: Date): Promise<PublishedReferenceVersion<C> | undefined> {
    return versionInForce(await this.history(catalogue), at.getTime());
  }

  private startRead(catalogue: Catalogue): Promise<Versions> {
    this.next.delete(catalogue);
    const read = this.catchUp(catalogue);
    this.reading.set(catalogue, read);
    const done = () => this.reading.get(catalogue) === read && this.reading.delete(catalogue);
    read.then(done, done);
    return read;
  }

  /** One read at a time per catalogue, so what is held only grows by the events past it. */
  private async catchUp(catalogue: Catalogue): Promise<Versions> {
    const held = this.held.get(catalogue) ?? [];
    const fresh = await this.readFrom(catalogue, held.length + 1);
    if (fresh.length === 0) return held;
    const grown = [...held, ...fresh.map(published)];
    this.held.set(catalogue, grown);
    return grown;
  }

  private async readFrom(catalogue: Catalogue, fromVersion: number): Promise<readonly RecordedEvent[]> {
    try {
      return await this.store.readStream(referenceStreamId(catalogue), { fromVersion });
    } catch (error) {
      if (error instanceof StreamNotFound) return [];
      throw error;
    }
  }
}

function published(event: RecordedEvent): PublishedReferenceVersion {
  const { data, metadata } = event as RecordedEvent<ReferenceVersionPublished['type'], ReferenceVersionPublished['data']>;
  return { ...data, publishedAt: metadata.occurredAt, publishedBy: metadata.actor };
}
