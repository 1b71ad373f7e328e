import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { liveView } from '#projections';
import type { StreamStore } from '#shared-kernel';
import { GuideNotFound } from '../domain/guide.errors.js';
import { assertMayRead, mayRead } from '../read-access.js';
import { GuideViewQuery } from './guide-view.query.js';
import { type GuideView, guideView } from './guide-view.js';
import { guideStream } from '../domain/guide.decider.js';

/** Live: folded from the guide's stream on each read, so the answer includes the last scan recorded. */
export const GUIDE_VIEW = liveView('custody_guide', guideStream.streamId('*'));

@QueryHandler(GuideViewQuery)
export class GuideViewHandler implements IQueryHandler<GuideViewQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ guideNumber, actor }: GuideViewQuery): Promise<Omit<GuideView, 'parties'>> {
    const { parties, ...view } = guideView(guideNumber, await guideStream.read(this.store, guideNumber));
    if (view.status === 'not_issued' && view.scans.length === 0) throw new GuideNotFound();
    // Scans of a number never issued are evidence for the authorities: to anyone else no such guide exists.
    if (view.status === 'not_issued' && !mayRead(actor, parties)) throw new GuideNotFound();
    assertMayRead(actor, parties, `guide ${guideNumber}`);
    return view;
  }
}
