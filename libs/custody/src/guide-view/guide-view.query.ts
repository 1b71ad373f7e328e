import { Query } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { GuideView } from './guide-view.js';

/** A guide as issued, with its trajectory, status and every scan, as its reader may see it. */
export class GuideViewQuery extends Query<Omit<GuideView, 'parties'>> {
  constructor(
    readonly guideNumber: string,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}
