import type { ReleaseGuide } from './guide.commands.js';
import { GuideHeld, GuideNotFound, GuideNotHeld } from './guide.errors.js';
import type { GuideReleased, ShipmentScanned } from './guide.events.js';
import type { GuideHold, GuideState } from './guide.state.js';

/** The case a scan's immobilisation was held under before holds named the load's case: kept for those scans. */
function scanCaseRef(checkpoint: string, scanId: string): string {
  return `SCAN/${checkpoint}/${scanId}`;
}

/** The case a scan holds its load under: the load's case, or the scan's own reference on scans recorded before. */
export function heldUnder({ data }: ShipmentScanned): string {
  return data.caseId ?? scanCaseRef(data.checkpoint, data.scanId);
}

/** A scan holds the load when its verdict is `immobilise` and it saw the guide's lots (the guide was open when observed). */
export function holdOf({ data }: ShipmentScanned): GuideHold | undefined {
  if (data.verdict.decision !== 'immobilise' || (data.lotIds ?? []).length === 0) return undefined;
  return { caseRef: heldUnder({ type: 'ShipmentScanned', data }), scanId: data.scanId, checkpoint: data.checkpoint, authority: data.authority };
}

/** Nothing closes a held guide: its load stays where it was stopped. */
export function mustNotBeHeld(state: GuideState, guideNumber: string): void {
  if (state.holds.length > 0) throw new GuideHeld(guideNumber, state.holds.map((hold) => hold.caseRef));
}

/** Lifts one case's hold; the lots held under it are released after it. */
export function releaseGuide({ data }: ReleaseGuide, state: GuideState): GuideReleased[] {
  const guide = state.issued;
  if (!guide) throw new GuideNotFound();
  if (!state.holds.some((hold) => hold.caseRef === data.caseRef)) throw new GuideNotHeld(guide.number, data.caseRef);
  return [{ type: 'GuideReleased', data: { number: guide.number, ...data, lots: guide.lines.map((line) => line.lotId) } }];
}
