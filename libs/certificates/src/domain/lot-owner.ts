import type { LineageView, LotRecord } from './lineage.js';

/**
 * The exporters a lot belongs to: the consignees of the guides that delivered it (or the lot it was split or merged
 * from at the yard) to an exporter; timber transformed since is the processor's, not the exporter's.
 */
export function exportersOf(view: LineageView): ReadonlySet<string> {
  const guides = new Map(view.guides.map((guide) => [guide.guideNumber, guide]));
  const byId = new Map(view.ancestors.map((ancestor) => [ancestor.lot.lotId, ancestor.lot]));
  const owners = new Set<string>();
  const seen = new Set<string>();
  const visit = (lot: LotRecord) => {
    if (seen.has(lot.lotId)) return;
    seen.add(lot.lotId);
    for (const number of lot.guides) {
      const guide = guides.get(number);
      if (guide?.deliveredAt !== undefined && guide.destination?.consigneeKind === 'exporter') owners.add(guide.destination.consigneeTaxId);
    }
    if (lot.transformationId !== undefined) return;
    for (const edge of lot.parents) {
      const parent = byId.get(edge.lotId);
      if (parent) visit(parent);
    }
  };
  visit(view.lot);
  return owners;
}
