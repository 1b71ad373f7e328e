import { describe, expect, it } from '@jest/globals';
import { cubicMetres, fold, MeasureMismatch, type Quantity } from '#shared-kernel';
import { deciderSpec } from '#testing';
import type { CreateExtractedLot } from './lot.commands.js';
import { lotDecider } from './lot.decider.js';
import type { LotEvent } from './lot.events.js';
import { InsufficientLotVolume, MergeMismatch } from './lot.errors.js';
import { AT, extracted, GUIDE, HOLDER, SAWMILL, YARD } from './lot.fixtures.spec.js';

// A lot of a non-timber product, traded by weight: 800 kg of tara pods at the holder's yard.

const spec = deciderSpec(lotDecider);
const TARA = 'Caesalpinia spinosa';
const LOT = 'LOT-TARA-1';
const kg = (value: number): Quantity => ({ value, unit: 'kg' });

const extract: CreateExtractedLot = {
  type: 'CreateExtractedLot',
  data: {
    lotId: LOT,
    permitId: '25-UCA/C-J-001-02',
    planId: 'POA-6',
    holderTaxId: HOLDER,
    species: TARA,
    volume: kg(800),
    pieces: 16,
    harvestDate: '2026-04-20',
    geolocation: { type: 'Point', coordinates: [-74.553889, -8.379167] },
  },
};
const taraExtracted: LotEvent = { type: 'LotExtracted', data: { ...extract.data, productType: 'non_timber' } };
const atSawmill: LotEvent[] = [
  taraExtracted,
  { type: 'LotDispatched', data: { lotId: LOT, guideNumber: GUIDE, species: TARA, productType: 'non_timber', volume: kg(800), from: YARD, at: AT } },
  { type: 'LotDelivered', data: { lotId: LOT, guideNumber: GUIDE, facilityId: SAWMILL, species: TARA, productType: 'non_timber', volume: kg(800), at: AT } },
];

describe('a lot of a product traded by weight', () => {
  it('is extracted as a non-timber product and keeps its kg', () => {
    spec.given([]).when(extract).then([taraExtracted]);
    expect(fold(lotDecider, [taraExtracted])).toMatchObject({ productType: 'non_timber', remaining: 800 });
  });

  it('is dispatched with what remains, in kg', () => {
    spec.given([taraExtracted]).when({ type: 'DispatchLot', data: { guideNumber: GUIDE, at: AT } }).then([atSawmill[1]!]);
  });

  it('splits in kg, leaving the remainder in kg', () => {
    const children = [{ lotId: 'LOT-TARA-1-A', volume: kg(300) }];
    spec.given([taraExtracted]).when({ type: 'SplitLot', data: { children, at: AT } }).then([
      {
        type: 'LotSplit',
        data: { lotId: LOT, children, species: TARA, productType: 'non_timber', place: YARD, remaining: kg(500), lineage: { parents: [], children }, at: AT },
      },
    ]);
  });

  it('refuses a split, a consumption or a merge share in m³: 400 naming the field', () => {
    spec.given([taraExtracted]).when({ type: 'SplitLot', data: { children: [{ lotId: 'LOT-TARA-1-A', volume: cubicMetres(1) }], at: AT } }).then(new MeasureMismatch('children[0].volume', 'weight', 'm3'));
    spec.given(atSawmill).when({ type: 'ConsumeLot', data: { transformationId: 'TR-1', facilityId: SAWMILL, volume: cubicMetres(0.5), products: [], at: AT } }).then(new MeasureMismatch('volume', 'weight', 'm3'));
    const target = { species: TARA, productType: 'non_timber' as const, place: YARD };
    spec.given([taraExtracted]).when({ type: 'MergeIntoLot', data: { targetLotId: 'LOT-9', volume: cubicMetres(2), target, at: AT } }).then(new MeasureMismatch('volume', 'weight', 'm3'));
  });

  it('is consumed in kg, and refuses more kg than remain, naming them in kg', () => {
    const consume = (amount: number, transformationId: string) => ({ type: 'ConsumeLot' as const, data: { transformationId, facilityId: SAWMILL, volume: kg(amount), products: [], at: AT } });
    spec.given(atSawmill).when(consume(200, 'TR-1')).then([{ type: 'LotConsumed', data: { lotId: LOT, transformationId: 'TR-1', facilityId: SAWMILL, volume: kg(200), remaining: kg(600), products: [], at: AT } }]);
    spec.given(atSawmill).when(consume(900, 'TR-2')).then(new InsufficientLotVolume(LOT, 900, 800, 'weight'));
    expect(new InsufficientLotVolume(LOT, 900, 800, 'weight')).toMatchObject({ message: `Lot ${LOT} has 800 kg left, 900 kg were asked for`, details: { lotId: LOT, requestedKg: 900, remainingKg: 800 } });
  });

  it('is never merged with a lot of another measure', () => {
    const intoTimber = { targetLotId: 'LOT-9', volume: kg(100), target: { species: TARA, productType: 'roundwood' as const, place: YARD }, at: AT };
    spec.given([taraExtracted]).when({ type: 'MergeIntoLot', data: intoTimber }).then(new MergeMismatch(LOT, 'LOT-9', 'measure', 'weight', 'volume'));
    const timberIntoTara = { targetLotId: 'LOT-9', volume: cubicMetres(1), target: { species: 'Cedrela odorata', productType: 'non_timber' as const, place: YARD }, at: AT };
    spec.given([extracted]).when({ type: 'MergeIntoLot', data: timberIntoTara }).then(new MergeMismatch('LOT-0001', 'LOT-9', 'measure', 'volume', 'weight'));
  });

  it('refuses a merged lot whose parents gave another measure than its product’s', () => {
    const request = { lotId: 'LOT-M', parents: [{ lotId: LOT, volume: kg(100) }, { lotId: 'LOT-0001', volume: cubicMetres(2) }], target: { species: TARA, productType: 'non_timber' as const, place: YARD }, at: AT };
    spec.given([]).when({ type: 'RequestMerge', data: request }).then(new MeasureMismatch('parents[1].volume', 'weight', 'm3'));
  });

  it('makes a child of kg from kg parents', () => {
    const parents = [{ lotId: LOT, volume: kg(300) }];
    spec.given([]).when({ type: 'CreateChildLot', data: { lotId: 'LOT-TARA-1-A', parents, species: TARA, productType: 'non_timber', place: YARD, at: AT } }).then([
      { type: 'ChildLotCreated', data: { lotId: 'LOT-TARA-1-A', parents, species: TARA, productType: 'non_timber', place: YARD, volume: kg(300), at: AT } },
    ]);
  });
});
