import type { GeoPoint, GeoPolygon, Measure } from '#shared-kernel';
import { type LotMeasure, type LotOrigin, type LotRecord, measureOfLot, type ProductType, type TransformationRecord } from '../lineage.js';
import { eventHead, lotQuantity, type EpcisEvent, type JsonValue } from './epcis-event.js';
import { geoUri, type EpcisNames } from './epcis-names.js';
import { outputsByTransformation, type Timeline } from './epcis-timeline.js';

// A product traded by weight is never transformed: it has no step.
const TRANSFORMATION_STEPS: Readonly<Partial<Record<ProductType, string>>> = {
  roundwood: 'tt:bucking',
  sawn_wood: 'tt:sawing',
  sliced_veneer: 'tt:slicing',
  rotary_veneer: 'tt:peeling',
};

/** How each lot came to be, in the order of `lots` (see `lotsInOrder`): extracted, seized, transformed, split or merged. */
export function makingEvents(lots: readonly LotRecord[], transformations: readonly TransformationRecord[], names: EpcisNames, timeline: Timeline): EpcisEvent[] {
  const records = new Map(transformations.map((record) => [record.transformationId, record]));
  const outputs = outputsByTransformation(lots);
  const events: EpcisEvent[] = [];
  for (const lot of lots) {
    if (lot.origin) events.push(commissioning(lot, lot.origin, names, timeline));
    if (lot.seized) events.push(seizure(lot, lot.seized, names, timeline));
    if (lot.transformationId !== undefined) {
      const made = outputs.get(lot.transformationId) ?? [lot];
      if (made[0] === lot) events.push(transformation(lot.transformationId, made, records.get(lot.transformationId), names, timeline));
    } else if (lot.parents.length > 0) events.push(regrouping(lot, names, timeline));
  }
  return events;
}

/** What authorities did to the lots: holds in force, a confiscation, and confiscated timber let go again. */
export function measureEvents(lots: readonly LotRecord[], names: EpcisNames, timeline: Timeline): EpcisEvent[] {
  return lots.flatMap((lot) => [
    ...lot.holds.map((hold) => measure('holds', 'non_sellable_other', lot, hold, names, timeline)),
    ...(lot.confiscation ? [measure('confiscations', 'tt:confiscated', lot, lot.confiscation, names, timeline)] : []),
    ...(lot.confiscatedOrigin ? [release(lot, lot.confiscatedOrigin, names, timeline)] : []),
  ]);
}

function commissioning(lot: LotRecord, origin: LotOrigin, names: EpcisNames, timeline: Timeline): EpcisEvent {
  return {
    ...eventHead('ObjectEvent', names.event('commissionings', lot.lotId), timeline.at(origin.harvestDate, [])),
    action: 'ADD',
    bizStep: 'commissioning',
    disposition: 'active',
    quantityList: [lotQuantity(names.lot(lot.lotId), made(lot))],
    ...(origin.geolocation.type === 'Point' ? { readPoint: { id: geoUri(origin.geolocation) } } : {}),
    ilmd: {
      ...lotMasterData(lot),
      'tt:permit': names.permit(origin.permitId),
      'tt:plan': names.plan(origin.planId),
      'tt:holder': names.party(origin.holderTaxId),
      'tt:harvestDate': origin.harvestDate,
      'tt:pieces': origin.pieces,
      'tt:plot': geometry(origin.geolocation),
    },
  };
}

/** Timber found beyond its guide becomes a lot when seized: commissioned on hold, its origin unproven. */
function seizure(lot: LotRecord, seized: NonNullable<LotRecord['seized']>, names: EpcisNames, timeline: Timeline): EpcisEvent {
  return {
    ...eventHead('ObjectEvent', names.event('seizures', lot.lotId), timeline.at(seized.at, [])),
    action: 'ADD',
    bizStep: 'holding',
    disposition: 'non_sellable_other',
    quantityList: [lotQuantity(names.lot(lot.lotId), made(lot))],
    readPoint: { id: names.checkpoint(seized.checkpoint) },
    ilmd: lotMasterData(lot),
    'tt:case': names.case(seized.caseId),
    'tt:authority': seized.authority,
    'tt:basis': seized.basis,
  };
}

/** The transformation's outputs in the view, with what each of their parents gave them in the parent's unit (m³: only timber is transformed). */
function transformation(transformationId: string, outputs: readonly LotRecord[], record: TransformationRecord | undefined, names: EpcisNames, timeline: Timeline): EpcisEvent {
  const given = new Map<string, number>();
  for (const edge of outputs.flatMap((output) => output.parents)) given.set(edge.lotId, (given.get(edge.lotId) ?? 0) + edge.volume);
  const productTypes = new Set(outputs.map((output) => output.productType));
  const [productType] = productTypes;
  const facility = record?.facilityId === undefined ? undefined : names.facility(record.facilityId);
  return {
    ...eventHead('TransformationEvent', names.event('transformations', transformationId), timeline.at(record?.at, [...given.keys()])),
    transformationID: names.transformation(transformationId),
    ...(given.size > 0 ? { inputQuantityList: [...given].map(([lotId, volume]) => lotQuantity(names.lot(lotId), { value: volume, measure: measureOfLot(outputs[0]!) })) } : {}),
    outputQuantityList: outputs.map((output) => lotQuantity(names.lot(output.lotId), made(output))),
    bizStep: (productTypes.size === 1 && productType !== undefined ? TRANSFORMATION_STEPS[productType] : undefined) ?? 'other',
    ...(facility === undefined ? {} : { readPoint: { id: facility }, bizLocation: { id: facility } }),
    ...(record?.overYield ? { 'tt:overYield': { 'tt:reason': record.overYield.reason, 'tt:species': record.overYield.species } } : {}),
  };
}

// A TransformationEvent, not an AggregationEvent: split or merged bulk timber is new lots made of old lots' volume, not parents packed inside a child.
// A split or merge keeps the measure: the parents' edges are in the lot's unit.
function regrouping(lot: LotRecord, names: EpcisNames, timeline: Timeline): EpcisEvent {
  const split = lot.parents.length === 1 && !lot.origin && !lot.seized;
  const measure = measureOfLot(lot);
  const given = lot.parents.reduce((sum, edge) => sum + edge.volume, 0);
  return {
    ...eventHead('TransformationEvent', names.event(split ? 'splits' : 'merges', lot.lotId), timeline.at(undefined, [lot.lotId, ...lot.parents.map((edge) => edge.lotId)])),
    inputQuantityList: lot.parents.map((edge) => lotQuantity(names.lot(edge.lotId), { value: edge.volume, measure })),
    outputQuantityList: [lotQuantity(names.lot(lot.lotId), { value: given, measure })],
    bizStep: split ? 'tt:splitting' : 'tt:merging',
  };
}

function measure(kind: string, disposition: string, lot: LotRecord, { caseRef, authority, at }: LotMeasure, names: EpcisNames, timeline: Timeline): EpcisEvent {
  return {
    ...eventHead('ObjectEvent', names.event(kind, lot.lotId, caseRef), timeline.at(at, [])),
    action: 'OBSERVE',
    bizStep: 'holding',
    disposition,
    quantityList: [lotQuantity(names.lot(lot.lotId))],
    'tt:caseRef': caseRef,
    'tt:authority': authority,
  };
}

function release(lot: LotRecord, freed: NonNullable<LotRecord['confiscatedOrigin']>, names: EpcisNames, timeline: Timeline): EpcisEvent {
  return {
    ...eventHead('ObjectEvent', names.event('releases', lot.lotId), timeline.at(freed.at, [])),
    action: 'OBSERVE',
    bizStep: freed.method === 'auction' ? 'tt:auctioning' : 'tt:donating',
    disposition: 'active',
    quantityList: [lotQuantity(names.lot(lot.lotId))],
    destinationList: [{ type: 'owning_party', destination: names.party(freed.recipientTaxId) }],
    'tt:caseRef': freed.caseRef,
    'tt:authority': freed.authority,
  };
}

function lotMasterData(lot: LotRecord): { readonly [field: string]: JsonValue } {
  return {
    ...(lot.species === undefined ? {} : { 'tt:species': lot.species }),
    ...(lot.productType === undefined ? {} : { 'tt:productType': lot.productType }),
    ...(measureOfLot(lot) === 'weight' ? { 'tt:volumeKg': lot.madeVolume } : { 'tt:volumeM3': lot.madeVolume }),
  };
}

/** What the lot held when made, in its unit. */
function made(lot: LotRecord): { readonly value: number; readonly measure: Measure } {
  return { value: lot.madeVolume, measure: measureOfLot(lot) };
}

function geometry({ type, coordinates }: GeoPoint | GeoPolygon): JsonValue {
  return { type, coordinates };
}
