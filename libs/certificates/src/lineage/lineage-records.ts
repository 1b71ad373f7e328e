import { baseAmount, measureOf, type Quantity } from '#shared-kernel';
import type { CaseRecord, GuideRecord, LineageEdge, LineageRecord, LotRecord, PartyRecord, PermitRecord, PlanRecord, ProductType, TransformationRecord } from '../domain/lineage.js';
import type { LineageFact } from './lineage-fact.js';

// The lineage read model's fold: each fact names the records it touches (`keys`) and how each changes (`evolve`).

export const lotKey = (lotId: string) => `lot:${lotId}`;
export const permitKey = (permitId: string) => `permit:${permitId}`;
export const planKey = (planId: string) => `plan:${planId}`;
export const guideKey = (guideNumber: string) => `guide:${guideNumber}`;
export const caseKey = (caseId: string) => `case:${caseId}`;
export const transformationKey = (transformationId: string) => `transformation:${transformationId}`;
export const partyKey = (taxId: string) => `party:${taxId}`;

export function recordKeys(fact: LineageFact): readonly string[] {
  switch (fact.type) {
    case 'LotExtracted':
    case 'LotDelivered':
    case 'LotImmobilised':
    case 'LotReleased':
    case 'LotConfiscated':
    case 'ConfiscatedLotDisposed':
      return [lotKey(fact.data.lotId)];
    case 'LotLineageChanged':
      return unique([fact.data.lotId, ...fact.data.parents.map((edge) => edge.lotId), ...fact.data.children.map((edge) => edge.lotId)].map(lotKey));
    case 'PermitStandingChanged':
      return [permitKey(fact.data.permitId)];
    case 'HarvestPlanApproved':
      return [planKey(fact.data.planId)];
    case 'GuideNotCounted':
    case 'GuideDelivered':
      return [guideKey(fact.data.guideNumber)];
    case 'GuideIssued':
      return [guideKey(fact.data.guideNumber), ...fact.data.lots.map(lotKey)];
    case 'ShipmentFlagged':
      return [guideKey(fact.data.guideNumber), ...(fact.data.load?.seized ?? []).map((seized) => lotKey(seized.lotId))];
    case 'TransformationRecorded':
      return unique([transformationKey(fact.data.transformationId), ...fact.data.inputs.map((input) => lotKey(input.lotId)), ...fact.data.outputs.map((output) => lotKey(output.lotId))]);
    case 'TransformationFlagged':
      return [transformationKey(fact.data.transformationId)];
    case 'CaseOpened':
    case 'CaseLotsAdded':
      return [caseKey(fact.data.caseId), ...unique(fact.data.lots).map(lotKey)];
    case 'CaseClosed':
      return [caseKey(fact.data.caseId), ...unique([...fact.data.lotsConfiscated, ...fact.data.lotsReleased]).map(lotKey)];
    case 'PartyDisqualified':
      return [partyKey(fact.data.taxId)];
  }
}

/** The record under `key` after `fact`; `key` is one `recordKeys(fact)` named. */
export function evolveRecord(record: LineageRecord | undefined, fact: LineageFact, key: string): LineageRecord {
  const [kind, id] = splitKey(key);
  switch (kind) {
    case 'lot':
      return evolveLot((record as LotRecord | undefined) ?? emptyLot(id), fact);
    case 'permit':
      return evolvePermit((record as PermitRecord | undefined) ?? { kind: 'permit', permitId: id, standings: [] }, fact);
    case 'plan':
      return fact.type === 'HarvestPlanApproved' ? { kind: 'plan', planId: id, permitId: fact.data.permitId, validity: fact.data.validity } : (record as PlanRecord);
    case 'guide':
      return evolveGuide((record as GuideRecord | undefined) ?? { kind: 'guide', guideNumber: id, lots: [], flags: [] }, fact);
    case 'case':
      return evolveCase(record as CaseRecord | undefined, id, fact);
    case 'transformation':
      return evolveTransformation((record as TransformationRecord | undefined) ?? { kind: 'transformation', transformationId: id, outputs: [] }, fact);
    default:
      return evolveParty((record as PartyRecord | undefined) ?? { kind: 'party', taxId: id, disqualifications: [] }, fact);
  }
}

function evolveLot(lot: LotRecord, fact: LineageFact): LotRecord {
  switch (fact.type) {
    case 'LotExtracted': {
      const { permitId, planId, holderTaxId, harvestDate, pieces, geolocation, species, volume } = fact.data;
      return withVolume(measured({ ...lot, species, productType: felled(volume), madeVolume: amount(volume), origin: { permitId, planId, holderTaxId, harvestDate, pieces, geolocation } }, volume));
    }
    case 'LotLineageChanged': {
      const { lotId, parents, children, transformationId } = fact.data;
      // Merged edge by edge: a transformation's own fact may have named some of them first.
      // A split or merge keeps the measure: every edge is in the unit of the lots on both its ends.
      if (lotId === lot.lotId) {
        const edges = { parents: parents.map(edge).reduce(upsertEdge, lot.parents), children: children.map(edge).reduce(upsertEdge, lot.children) };
        return withVolume([...parents, ...children].reduce((next, given) => measured(next, given.volume), { ...lot, ...(transformationId === undefined ? {} : { transformationId }), ...edges }));
      }
      const gaveUs = children.find((child) => child.lotId === lot.lotId);
      const tookFromUs = parents.find((parent) => parent.lotId === lot.lotId);
      let next = lot;
      if (gaveUs) next = withVolume(measured({ ...next, parents: upsertEdge(next.parents, { lotId, volume: amount(gaveUs.volume) }) }, gaveUs.volume));
      if (tookFromUs) next = measured({ ...next, children: upsertEdge(next.children, { lotId, volume: amount(tookFromUs.volume) }) }, tookFromUs.volume);
      return next;
    }
    case 'LotDelivered':
      return measured({ ...described(lot, fact.data.species, fact.data.productType), guides: appendOnce(lot.guides, fact.data.guideNumber) }, fact.data.volume);
    case 'GuideIssued':
      return { ...lot, guides: appendOnce(lot.guides, fact.data.guideNumber) };
    case 'ShipmentFlagged': {
      const seized = fact.data.load?.seized.find((line) => line.lotId === lot.lotId);
      if (!seized || fact.data.caseId === undefined) return lot;
      const { caseId, authority, checkpoint, observedAt: at } = fact.data;
      const found = { ...described(lot, seized.species, felled(seized.volume)), madeVolume: amount(seized.volume), seized: { caseId, authority, checkpoint, basis: seized.basis, at }, cases: appendOnce(lot.cases, caseId) };
      return withVolume(measured(found, seized.volume));
    }
    case 'LotImmobilised': {
      const { caseRef, authority, at } = fact.data;
      return { ...lot, holds: [...lot.holds.filter((hold) => hold.caseRef !== caseRef), { caseRef, authority, at }] };
    }
    case 'LotReleased':
      return { ...lot, holds: lot.holds.filter((hold) => hold.caseRef !== fact.data.caseRef) };
    case 'LotConfiscated': {
      const { caseRef, authority, at } = fact.data;
      return { ...lot, holds: [], confiscation: { caseRef, authority, at } };
    }
    case 'ConfiscatedLotDisposed': {
      const { confiscation: _lifted, ...free } = lot;
      const { caseRef, authority, method, recipientTaxId, at } = fact.data;
      return { ...free, holds: [], confiscatedOrigin: { caseRef, authority, method, recipientTaxId, at } };
    }
    case 'TransformationRecorded': {
      const { transformationId } = fact.data;
      const output = fact.data.outputs.find((made) => made.lotId === lot.lotId);
      const input = fact.data.inputs.find((taken) => taken.lotId === lot.lotId);
      let next = lot;
      if (input) {
        next = described(next, input.species, input.productType);
        const children = fact.data.outputs.flatMap((made) => made.parents.filter((share) => share.lotId === lot.lotId).map((share) => ({ lotId: made.lotId, volume: amount(share.volume) })));
        next = { ...next, children: children.reduce(upsertEdge, next.children) };
      }
      if (output) {
        next = withVolume({ ...described(next, output.species, output.productType), madeVolume: amount(output.volume), transformationId, parents: output.parents.map(edge).reduce(upsertEdge, next.parents) });
      }
      return next;
    }
    case 'CaseOpened':
    case 'CaseLotsAdded':
      return { ...lot, cases: appendOnce(lot.cases, fact.data.caseId) };
    case 'CaseClosed':
      return { ...lot, cases: appendOnce(lot.cases, fact.data.caseId) };
    default:
      return lot;
  }
}

function evolvePermit(permit: PermitRecord, fact: LineageFact): PermitRecord {
  if (fact.type !== 'PermitStandingChanged') return permit;
  const { status, reason, authority, at } = fact.data;
  return { ...permit, standings: [...permit.standings, { status, reason, authority, at }] };
}

function evolveGuide(guide: GuideRecord, fact: LineageFact): GuideRecord {
  switch (fact.type) {
    case 'GuideIssued': {
      const { issuerTaxId, holderTaxId, authority, lots, destination, issuedAt } = fact.data;
      return { ...guide, issuerTaxId, holderTaxId, authority, lots, destination, issuedAt };
    }
    case 'GuideDelivered':
      return { ...guide, deliveredAt: fact.data.at };
    case 'GuideNotCounted':
      return { ...guide, notCounted: { error: fact.data.refusal.error, message: fact.data.refusal.message } };
    case 'ShipmentFlagged': {
      const { scanId, checkpoint, caseId, failedChecks, observedAt } = fact.data;
      const flag = { scanId, checkpoint, ...(caseId === undefined ? {} : { caseId }), rules: failedChecks.map((check) => check.rule), observedAt };
      return { ...guide, flags: [...guide.flags.filter((noted) => noted.scanId !== scanId), flag] };
    }
    default:
      return guide;
  }
}

function evolveCase(found: CaseRecord | undefined, caseId: string, fact: LineageFact): CaseRecord {
  const base: CaseRecord = found ?? { kind: 'case', caseId, authority: '', status: 'open', lots: [], openedAt: '' };
  switch (fact.type) {
    case 'CaseOpened':
      return { ...base, authority: fact.data.authority, openedAt: fact.data.at, lots: unique([...base.lots, ...fact.data.lots]) };
    case 'CaseLotsAdded':
      return { ...base, authority: fact.data.authority, lots: unique([...base.lots, ...fact.data.lots]), openedAt: base.openedAt || fact.data.at };
    case 'CaseClosed': {
      const { authority, outcome, lotsConfiscated, lotsReleased, at } = fact.data;
      return { ...base, authority, status: 'closed', outcome, closedAt: at, openedAt: base.openedAt || at, lots: unique([...base.lots, ...lotsConfiscated, ...lotsReleased]), released: lotsReleased };
    }
    default:
      return base;
  }
}

function evolveTransformation(transformation: TransformationRecord, fact: LineageFact): TransformationRecord {
  if (fact.type === 'TransformationRecorded') {
    const { facilityId, at, outputs } = fact.data;
    return { ...transformation, facilityId, at, outputs: outputs.map((output) => output.lotId) };
  }
  if (fact.type === 'TransformationFlagged') {
    return { ...transformation, overYield: { reason: fact.data.reason, species: fact.data.overYield.map((line) => line.species) } };
  }
  return transformation;
}

function evolveParty(party: PartyRecord, fact: LineageFact): PartyRecord {
  if (fact.type !== 'PartyDisqualified') return party;
  const { caseId, authority, from, until } = fact.data;
  return { ...party, disqualifications: [...party.disqualifications.filter((noted) => noted.caseId !== caseId), { caseId, authority, from, until }] };
}

function emptyLot(lotId: string): LotRecord {
  return { kind: 'lot', lotId, madeVolume: 0, volume: 0, parents: [], children: [], guides: [], cases: [], holds: [] };
}

/** A split or merge child holds what its parents gave; a product holds what the transformation made of theirs. */
function withVolume(lot: LotRecord): LotRecord {
  const given = lot.transformationId === undefined ? lot.parents.reduce((sum, parent) => sum + parent.volume, 0) : 0;
  return { ...lot, volume: round(lot.madeVolume + given) };
}

function described(lot: LotRecord, species: string, productType: ProductType): LotRecord {
  return { ...lot, species: lot.species ?? species, productType: lot.productType ?? productType };
}

function edge({ lotId, volume }: { readonly lotId: string; readonly volume: Quantity }): LineageEdge {
  return { lotId, volume: amount(volume) };
}

/** A lot measured in kg once a fact gives it a weight; a fact in m³ leaves it as it was. */
function measured(lot: LotRecord, quantity: Quantity): LotRecord {
  return measureOf(quantity.unit) === 'weight' ? { ...lot, measure: 'weight' } : lot;
}

/** What was felled or seized as it was found: logs, or a product traded by weight. */
function felled(quantity: Quantity): ProductType {
  return measureOf(quantity.unit) === 'weight' ? 'non_timber' : 'roundwood';
}

function upsertEdge(edges: readonly LineageEdge[], next: LineageEdge): readonly LineageEdge[] {
  return [...edges.filter((known) => known.lotId !== next.lotId), next];
}

function appendOnce(values: readonly string[], value: string): readonly string[] {
  return values.includes(value) ? values : [...values, value];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** m³ of a volume in any unit, kg of a weight. */
function amount(quantity: Quantity): number {
  return round(baseAmount(quantity));
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function splitKey(key: string): [string, string] {
  const colon = key.indexOf(':');
  return [key.slice(0, colon), key.slice(colon + 1)];
}
