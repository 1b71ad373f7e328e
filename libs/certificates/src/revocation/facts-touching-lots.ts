import type { LineageFact, LineageFactType } from '../lineage/lineage-fact.js';
import { caseKey, guideKey, transformationKey } from '../lineage/lineage-records.js';
import type { Lineage } from '../lineage/lineage.port.js';

const TOUCHING: ReadonlySet<LineageFactType> = new Set<LineageFactType>([
  'LotImmobilised',
  'LotReleased',
  'LotConfiscated',
  'ConfiscatedLotDisposed',
  'LotLineageChanged',
  'PermitStandingChanged',
  'ShipmentFlagged',
  'GuideNotCounted',
  'TransformationFlagged',
  'CaseOpened',
  'CaseLotsAdded',
  'CaseClosed',
]);

/** Whether a fact of this type may change a certificate's standing: most facts only describe timber. */
export function mayTouchLots(type: LineageFactType): boolean {
  return TOUCHING.has(type);
}

/**
 * The lots a fact may change the standing of: those held, released, confiscated or cased, a guide's load when it was
 * stopped or not counted, a transformation's products over yield, a permit's lots, a lot given new parents. Facts
 * that only describe the lineage (extraction, issue, delivery) touch none: a certificate issued after them saw them.
 */
export async function lotsTouchedBy(fact: LineageFact, lineage: Lineage): Promise<readonly string[]> {
  switch (fact.type) {
    case 'LotImmobilised':
    case 'LotReleased':
    case 'LotConfiscated':
    case 'ConfiscatedLotDisposed':
      return [fact.data.lotId];
    case 'LotLineageChanged':
      return [fact.data.lotId];
    case 'PermitStandingChanged':
      return lineage.lotsOfPermit(fact.data.permitId);
    case 'ShipmentFlagged':
      return [...fact.data.lots, ...(fact.data.load?.seized ?? []).map((seized) => seized.lotId), ...(await lineage.lotsNamedBy(guideKey(fact.data.guideNumber)))];
    case 'GuideNotCounted':
      return lineage.lotsNamedBy(guideKey(fact.data.guideNumber));
    case 'TransformationFlagged':
      return lineage.lotsNamedBy(transformationKey(fact.data.transformationId));
    case 'CaseOpened':
    case 'CaseLotsAdded':
      return [...fact.data.lots, ...(await lineage.lotsNamedBy(caseKey(fact.data.caseId)))];
    case 'CaseClosed':
      return [...fact.data.lotsConfiscated, ...fact.data.lotsReleased, ...(await lineage.lotsNamedBy(caseKey(fact.data.caseId)))];
    default:
      return [];
  }
}
