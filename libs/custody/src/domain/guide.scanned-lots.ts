import type { GuideState } from './guide.state.js';

/**
 * The lots a scan of the guide saw: none for a number never issued, and none once the guide was delivered or
 * annulled before the observation (the load on the road is another; the guide's lots are where the guide left
 * them); else every lot of the guide, an expired guide's included (the truck is late with them).
 */
export function lotsScanned(guide: GuideState, observedAt: string): string[] {
  const { issued, closure } = guide;
  if (!issued) return [];
  if (closure && closure.status !== 'expired' && Date.parse(closure.at) <= Date.parse(observedAt)) return [];
  return issued.lines.map((line) => line.lotId);
}
