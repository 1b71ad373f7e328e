import { cubicMetres, fold } from '#shared-kernel';
import { type HoldKind, type LotHeld, type LotHolds, lotHoldsDecider, type LotHoldsEvent, type LotReleasedFromHold } from './lot-holds.js';
import type { ReceiveLot, RecordTransformation, RegisterProcessor } from './processor.commands.js';
import type { ProcessorEvent } from './processor.events.js';
import type { YieldFact } from './processor.js';

// Shared by the processor specs: a sawmill in Pucallpa authorised for 2026, cedro and tornillo lots, and custody's holds on them.

export const SAWMILL = 'CTP-PUC-014';
export const AT = '2026-05-10T09:00:00-05:00';
export const CEDRO = 'Cedrela odorata';
export const TORNILLO = 'Cedrelinga cateniformis';
/** Tara pods: a non-timber product, traded by weight. */
export const TARA = 'Caesalpinia spinosa';

export const registration: RegisterProcessor['data'] = {
  facilityId: SAWMILL,
  holderTaxId: '20600012345',
  kind: 'sawmill',
  authority: 'ARFFS-UCAYALI',
  resolution: 'RD-0143-2025-GRU-GGR-GERFFS',
  validity: { from: '2026-01-01', until: '2026-12-31' },
  position: { type: 'Point', coordinates: [-74.553889, -8.379167] },
};

export const registered: ProcessorEvent = { type: 'ProcessorRegistered', data: registration };

export const received = (lotId: string, volume: number, { species = CEDRO, at = AT } = {}): ProcessorEvent => ({
  type: 'LotReceived',
  data: { facilityId: SAWMILL, lotId, guideNumber: `GTF-${lotId}`, species, productType: 'roundwood', volume: cubicMetres(volume), at },
});

/** A lot of tara pods as received, in kg. */
export const receivedKg = (lotId: string, kg: number): ProcessorEvent => ({
  type: 'LotReceived',
  data: { facilityId: SAWMILL, lotId, guideNumber: `GTF-${lotId}`, species: TARA, productType: 'non_timber', volume: { value: kg, unit: 'kg' }, at: AT },
});

export const receiveKg = (lotId: string, kg: number): ReceiveLot => ({
  type: 'ReceiveLot',
  data: { lotId, guideNumber: `GTF-${lotId}`, species: TARA, productType: 'non_timber', volume: { value: kg, unit: 'kg' }, at: AT },
});

export const receive = (lotId: string, volume: number, at = AT, guideNumber = `GTF-${lotId}`): ReceiveLot => ({
  type: 'ReceiveLot',
  data: { lotId, guideNumber, species: CEDRO, productType: 'roundwood', volume: cubicMetres(volume), at },
});

/** What every change of standing repeats of the registration. */
const standing = { facilityId: SAWMILL, holderTaxId: registration.holderTaxId, kind: registration.kind, validity: registration.validity };

export const suspended = (at = '2026-06-01'): ProcessorEvent => ({
  type: 'ProcessorSuspended',
  data: { ...standing, reason: 'operations book not kept up to date', authority: 'ARFFS-UCAYALI', at },
});

export const reinstated = (at = '2026-06-15'): ProcessorEvent => ({
  type: 'ProcessorReinstated',
  data: { ...standing, reason: 'books brought up to date', authority: 'ARFFS-UCAYALI', at },
});

/** Brazil's caps, as the shipped yield catalogue has them for every species, taken as confirmed. */
export const YIELDS: readonly YieldFact[] = [
  { species: '*', inputProduct: 'roundwood', outputProduct: 'sawn_wood', maxYield: 0.35 },
  { species: '*', inputProduct: 'roundwood', outputProduct: 'sliced_veneer', maxYield: 0.45 },
];

type Data = RecordTransformation['data'];

export const transform = (
  inputs: readonly [string, number][],
  outputs: readonly [string, number, string?, Data['outputs'][number]['productType']?][],
  changes: Partial<Data> = {},
): RecordTransformation => ({
  type: 'RecordTransformation',
  data: {
    transformationId: 'TR-1',
    at: AT,
    inputs: inputs.map(([lotId, volume]) => ({ lotId, volume: cubicMetres(volume) })),
    outputs: outputs.map(([lotId, volume, species = CEDRO, productType = 'sawn_wood']) => ({ lotId, productType, species, volume: cubicMetres(volume) })),
    yieldFacts: YIELDS,
    holds: [],
    ...changes,
  },
});

export const HELD_AT = '2026-05-08T11:00:00-05:00';

export const held = (lotId: string, { caseRef = 'INF-2026-0100', kind = 'immobilised' as HoldKind, at = HELD_AT } = {}): LotHeld => ({
  type: 'LotHeld',
  data: { lotId, caseRef, kind, authority: 'ARFFS-UCAYALI', at },
});

export const releasedFromHold = (lotId: string, caseRef = 'INF-2026-0100'): LotReleasedFromHold => ({
  type: 'LotReleasedFromHold',
  data: { lotId, caseRef, authority: 'ARFFS-UCAYALI', at: '2026-05-09T11:00:00-05:00' },
});

/** The holds in force after these notes, as the handler passes them to a transformation. */
export const holdsAfter = (notes: readonly LotHoldsEvent[]): LotHolds => fold(lotHoldsDecider, notes);
