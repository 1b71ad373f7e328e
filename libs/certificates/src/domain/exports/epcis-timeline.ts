import { lineageLots, type LineageView, type LotRecord, type TransformationRecord } from '../lineage.js';
import { epcisTime, type EventTime } from './epcis-event.js';

/**
 * The view's lots, every lot after the lots it was made from; a transformation's outputs come after the inputs
 * of all its outputs, so its one event can be placed at the first of them.
 */
export function lotsInOrder(view: LineageView): readonly LotRecord[] {
  const lots = lineageLots(view);
  const byId = new Map(lots.map((lot) => [lot.lotId, lot]));
  const outputs = outputsByTransformation(lots);
  const siblings = (lot: LotRecord) => (lot.transformationId === undefined ? [lot] : (outputs.get(lot.transformationId) ?? [lot]));
  const order: LotRecord[] = [];
  const seen = new Set<string>();
  const visit = (lot: LotRecord): void => {
    if (seen.has(lot.lotId)) return;
    seen.add(lot.lotId);
    for (const edge of siblings(lot).flatMap((output) => output.parents)) {
      const parent = byId.get(edge.lotId);
      if (parent) visit(parent);
    }
    order.push(lot);
  };
  // Farthest ancestors first, so lots no path orders stay in the view's order read from the forest down.
  for (const lot of [...lots].reverse()) visit(lot);
  return order;
}

/** The lots each transformation made, by transformation id. */
export function outputsByTransformation(lots: readonly LotRecord[]): ReadonlyMap<string, readonly LotRecord[]> {
  const outputs = new Map<string, LotRecord[]>();
  for (const lot of lots) if (lot.transformationId !== undefined) outputs.set(lot.transformationId, [...(outputs.get(lot.transformationId) ?? []), lot]);
  return outputs;
}

export interface Timeline {
  /** The noted time, else the latest time the given lots were made: the event cannot have come before them. */
  readonly at: (noted: string | undefined, after: readonly string[]) => EventTime;
}

/** `lots` in the order of `lotsInOrder`; `createdAt` stands in when nothing earlier is known either. */
export function timeline(lots: readonly LotRecord[], transformations: readonly TransformationRecord[], createdAt: string): Timeline {
  const transformedAt = new Map(transformations.map((transformation) => [transformation.transformationId, transformation.at]));
  const madeAt = new Map<string, string | undefined>();
  const latestMade = (lotIds: readonly string[]) => latest(lotIds.map((lotId) => madeAt.get(lotId)));
  for (const lot of lots) {
    const noted = notedMaking(lot, transformedAt);
    madeAt.set(lot.lotId, noted === undefined ? latestMade(lot.parents.map((edge) => edge.lotId)) : epcisTime(noted));
  }
  return {
    at: (noted, after) => (noted === undefined ? { at: latestMade(after) ?? epcisTime(createdAt), inferred: true } : { at: epcisTime(noted), inferred: false }),
  };
}

function notedMaking(lot: LotRecord, transformedAt: ReadonlyMap<string, string | undefined>): string | undefined {
  if (lot.origin) return lot.origin.harvestDate;
  if (lot.seized) return lot.seized.at;
  return lot.transformationId === undefined ? undefined : transformedAt.get(lot.transformationId);
}

function latest(times: readonly (string | undefined)[]): string | undefined {
  let found: string | undefined;
  for (const time of times) if (time !== undefined && (found === undefined || instant(time) > instant(found))) found = time;
  return found;
}

export function instant(epcisTime: string): number {
  return Date.parse(epcisTime);
}
