import type { StreamStore } from '#shared-kernel';
import type { IssuedGuide } from './domain/guide.js';
import { guideStream } from './domain/guide.decider.js';
import { GuideNotFound } from './domain/guide.errors.js';

/**
 * The guide as issued, or undefined for a number never issued. A number is never issued after a scan of it
 * (`guide_number_seen_before_issue`), so what this answers for a recorded scan never changes.
 */
export async function issuedGuide(store: StreamStore, guideNumber: string): Promise<IssuedGuide | undefined> {
  return (await guideStream.load(store, guideNumber)).issued;
}

/** The guide as issued; 404 `guide_not_found` when no guide was issued under the number. */
export async function loadIssuedGuide(store: StreamStore, guideNumber: string): Promise<IssuedGuide> {
  const issued = await issuedGuide(store, guideNumber);
  if (!issued) throw new GuideNotFound();
  return issued;
}
