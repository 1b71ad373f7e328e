import type { StreamStore } from '#shared-kernel';
import type { IssuedGuide } from '../domain/guide.js';
import { readGuideHistory } from '../guide-stream.js';

/**
 * The guide as issued, or undefined for a number never issued. A number is never issued after a scan of it
 * (`guide_number_seen_before_issue`), so what this answers for a recorded scan never changes.
 */
export async function issuedGuide(store: StreamStore, guideNumber: string): Promise<IssuedGuide | undefined> {
  const issued = (await readGuideHistory(store, guideNumber)).find((event) => event.type === 'GuideIssued');
  return issued?.type === 'GuideIssued' ? issued.data : undefined;
}
