import { describe, expect, it } from '@jest/globals';
import { cubicMetres, fold } from '#shared-kernel';
import { deciderSpec } from '#testing';
import type { LotPlace } from './lot.js';
import type { MergeIntoLot, MergeLots, SplitLot } from './lot.commands.js';
import { lotDecider } from './lot.decider.js';
import type { LotEvent } from './lot.events.js';
import {
  InsufficientLotVolume,
  InvalidLineage,
  LotIsClosed,
  LotIsConfiscated,
  LotIsImmobilised,
  LotNotAtPlace,
  LotNotFound,
  LotOnOpenGuide,
  MergeMismatch,
} from './lot.errors.js';
import { AT, AT_SAWMILL, confiscated, dispatched, extracted, GUIDE, immobilised, LOT, mergedInto, SAWMILL, split, YARD } from './lot.fixtures.spec.js';

const spec = deciderSpec(lotDecider);

const splitInto = (...children: [string, number][]): SplitLot => ({
  type: 'SplitLot',
  data: { children: children.map(([lotId, volume]) => ({ lotId, volume: cubicMetres(volume) })), at: AT },
});
const mergeInto = (volume: number, target: Partial<MergeIntoLot['data']['target']> = {}, targetLotId = 'LOT-0009'): MergeIntoLot => ({
  type: 'MergeIntoLot',
  data: { targetLotId, volume: cubicMetres(volume), target: { species: 'Cedrela odorata', productType: 'roundwood', place: YARD, ...target }, at: AT },
});
const merge = (...parents: [string, number][]): MergeLots => ({
  type: 'MergeLots',
  data: { parents: parents.map(([lotId, volume]) => ({ lotId, volume: cubicMetres(volume) })), at: AT },
});
const elsewhere: LotPlace = { kind: 'holder', holderTaxId: '20999999999' };

describe('splitting a lot', () => {
  it('gives its children their volumes; the remainder stays with the lot', () => {
    spec.given([extracted]).when(splitInto(['LOT-0001-A', 4.5], ['LOT-0001-B', 3])).then([split([['LOT-0001-A', 4.5], ['LOT-0001-B', 3]], 5)]);
  });

  it('gives everything away, which closes the lot', () => {
    spec.given([extracted]).when(splitInto(['LOT-0001-A', 6.25], ['LOT-0001-B', 6.25])).then([split([['LOT-0001-A', 6.25], ['LOT-0001-B', 6.25]], 0)]);
    expect(fold(lotDecider, [extracted, split([['LOT-0001-A', 12.5]], 0)])).toMatchObject({ closedBy: 'split', remaining: 0 });
  });

  it('splits where the lot rests, a facility included', () => {
    spec.given([extracted, dispatched(), { type: 'LotDelivered', data: { lotId: LOT, guideNumber: GUIDE, facilityId: SAWMILL, species: 'Cedrela odorata', productType: 'roundwood', volume: cubicMetres(12.5), at: AT } }])
      .when(splitInto(['LOT-0001-A', 2]))
      .then([split([['LOT-0001-A', 2]], 10.5, AT_SAWMILL)]);
  });

  it('refuses children asking for more than remains', () => {
    spec.given([extracted]).when(splitInto(['LOT-0001-A', 6.5], ['LOT-0001-B', 6.5])).then(new InsufficientLotVolume(LOT, 13, 12.5, 'volume'));
  });

  it('refuses children that are not distinct other lots with volume', () => {
    spec.given([extracted]).when(splitInto()).then(new InvalidLineage(LOT, 'no_lots', []));
    spec.given([extracted]).when(splitInto([LOT, 1])).then(new InvalidLineage(LOT, 'self_reference', [LOT]));
    spec.given([extracted]).when(splitInto(['LOT-0001-A', 1], ['LOT-0001-A', 2])).then(new InvalidLineage(LOT, 'duplicate_lot', ['LOT-0001-A', 'LOT-0001-A']));
  });

  it('refuses a lot on the road, immobilised, confiscated, closed or missing', () => {
    spec.given([extracted, dispatched()]).when(splitInto(['LOT-0001-A', 1])).then(new LotOnOpenGuide(LOT, GUIDE));
    spec.given([extracted, immobilised()]).when(splitInto(['LOT-0001-A', 1])).then(new LotIsImmobilised(LOT, 'INF-2026-0042'));
    spec.given([extracted, confiscated()]).when(splitInto(['LOT-0001-A', 1])).then(new LotIsConfiscated(LOT, 'INF-2026-0042'));
    spec.given([extracted, split([['LOT-0001-A', 12.5]], 0)]).when(splitInto(['LOT-0001-B', 1])).then(new LotIsClosed(LOT, 'split'));
    spec.given([]).when(splitInto(['LOT-0001-A', 1])).then(new LotNotFound());
  });
});

describe('a parent merging into a target lot', () => {
  it('gives the target part of its volume', () => {
    spec.given([extracted]).when(mergeInto(4)).then([mergedInto('LOT-0009', 4, 8.5)]);
  });

  it('gives all it holds, which merges it away', () => {
    spec.given([extracted]).when(mergeInto(12.5)).then([mergedInto('LOT-0009', 12.5, 0)]);
    spec.given([extracted, mergedInto('LOT-0009', 12.5, 0)]).when(mergeInto(1, {}, 'LOT-0010')).then(new LotIsClosed(LOT, 'merged'));
  });

  it('matches the species whatever the case and spacing', () => {
    spec.given([extracted]).when(mergeInto(4, { species: 'cedrela  Odorata' })).then([mergedInto('LOT-0009', 4, 8.5)]);
  });

  it('refuses a target of another species or product: a lot holds one of each', () => {
    spec.given([extracted]).when(mergeInto(4, { species: 'Swietenia macrophylla' })).then(new MergeMismatch(LOT, 'LOT-0009', 'species', 'Cedrela odorata', 'Swietenia macrophylla'));
    spec.given([extracted]).when(mergeInto(4, { productType: 'sawn_wood' })).then(new MergeMismatch(LOT, 'LOT-0009', 'productType', 'roundwood', 'sawn_wood'));
  });

  it('refuses a target resting elsewhere', () => {
    spec.given([extracted]).when(mergeInto(4, { place: elsewhere })).then(new LotNotAtPlace(LOT, elsewhere, { kind: 'resting', place: YARD }));
  });

  it('refuses more than remains, or itself as the target', () => {
    spec.given([extracted]).when(mergeInto(12.6)).then(new InsufficientLotVolume(LOT, 12.6, 12.5, 'volume'));
    spec.given([extracted]).when(mergeInto(1, {}, LOT)).then(new InvalidLineage(LOT, 'self_reference', [LOT]));
  });

  it('refuses a lot on the road or immobilised', () => {
    spec.given([extracted, dispatched()]).when(mergeInto(1)).then(new LotOnOpenGuide(LOT, GUIDE));
    spec.given([extracted, immobilised()]).when(mergeInto(1)).then(new LotIsImmobilised(LOT, 'INF-2026-0042'));
  });
});

describe('a target lot taking in merged parents', () => {
  it('adds what its parents gave to its volume and its parents', () => {
    spec.given([extracted]).when(merge(['LOT-0002', 3], ['LOT-0003', 1.25])).then([
      {
        type: 'LotsMerged',
        data: {
          lotId: LOT,
          parents: [
            { lotId: 'LOT-0002', volume: cubicMetres(3) },
            { lotId: 'LOT-0003', volume: cubicMetres(1.25) },
          ],
          addedVolume: cubicMetres(4.25),
          volume: cubicMetres(16.75),
          lineage: {
            parents: [
              { lotId: 'LOT-0002', volume: cubicMetres(3) },
              { lotId: 'LOT-0003', volume: cubicMetres(1.25) },
            ],
            children: [],
          },
          at: AT,
        },
      },
    ]);
  });

  it('refuses a target on the road, immobilised, closed or missing', () => {
    spec.given([extracted, dispatched()]).when(merge(['LOT-0002', 3])).then(new LotOnOpenGuide(LOT, GUIDE));
    spec.given([extracted, immobilised()]).when(merge(['LOT-0002', 3])).then(new LotIsImmobilised(LOT, 'INF-2026-0042'));
    spec.given([extracted, mergedInto('LOT-0009', 12.5, 0)]).when(merge(['LOT-0002', 3])).then(new LotIsClosed(LOT, 'merged'));
    spec.given([]).when(merge(['LOT-0002', 3])).then(new LotNotFound());
  });

  it('refuses parents that are not distinct other lots', () => {
    spec.given([extracted]).when(merge()).then(new InvalidLineage(LOT, 'no_lots', []));
    spec.given([extracted]).when(merge([LOT, 3])).then(new InvalidLineage(LOT, 'self_reference', [LOT]));
  });
});

describe('lineage recorded as it stands after each change', () => {
  const product: LotEvent = {
    type: 'ProductLotCreated',
    data: {
      lotId: LOT,
      facilityId: SAWMILL,
      productType: 'sawn_wood',
      species: 'Cedrela odorata',
      volume: cubicMetres(10),
      parents: [{ lotId: 'LOT-0000', volume: cubicMetres(20) }],
      transformationId: 'TR-1',
      at: AT,
    },
  };
  const lineageOf = (history: readonly LotEvent[], command: SplitLot | MergeIntoLot | MergeLots) => {
    const [event] = lotDecider.decide(command, fold(lotDecider, history));
    return event && 'lineage' in event.data ? event.data.lineage : undefined;
  };

  it('a split keeps the parents and adds its children to the earlier ones', () => {
    const first = lotDecider.decide(splitInto(['LOT-0001-A', 2]), fold(lotDecider, [product]));
    expect(lineageOf([product, ...first], splitInto(['LOT-0001-A', 1], ['LOT-0001-B', 3]))).toEqual({
      parents: [{ lotId: 'LOT-0000', volume: cubicMetres(20) }],
      children: [
        { lotId: 'LOT-0001-A', volume: cubicMetres(3) },
        { lotId: 'LOT-0001-B', volume: cubicMetres(3) },
      ],
    });
  });

  it('a parent merging adds the target to its children', () => {
    const history = [extracted, split([['LOT-0001-A', 2]], 10.5)];
    expect(lineageOf(history, mergeInto(4))).toEqual({
      parents: [],
      children: [
        { lotId: 'LOT-0001-A', volume: cubicMetres(2) },
        { lotId: 'LOT-0009', volume: cubicMetres(4) },
      ],
    });
  });

  it('a target taking in parents adds them to the earlier ones and keeps its children', () => {
    const history = [{ ...product, data: { ...product.data, productType: 'roundwood' as const } }];
    expect(lineageOf(history, merge(['LOT-0000', 1], ['LOT-0003', 2]))).toEqual({
      parents: [
        { lotId: 'LOT-0000', volume: cubicMetres(21) },
        { lotId: 'LOT-0003', volume: cubicMetres(2) },
      ],
      children: [],
    });
  });
});

describe('lineage kept in the lot', () => {
  it('knows its children one level down, one edge per lot', () => {
    const history: LotEvent[] = [extracted, split([['LOT-0001-A', 2]], 10.5), mergedInto('LOT-0009', 1, 9.5), mergedInto('LOT-0009', 0.5, 9)];
    expect(fold(lotDecider, history)).toMatchObject({
      remaining: 9,
      parents: [],
      children: [
        { lotId: 'LOT-0001-A', volume: cubicMetres(2) },
        { lotId: 'LOT-0009', volume: cubicMetres(1.5) },
      ],
    });
  });

  it('knows its parents one level up, across merges', () => {
    const history = [extracted, ...lotDecider.decide(merge(['LOT-0002', 3]), fold(lotDecider, [extracted]))];
    const state = fold(lotDecider, [...history, ...lotDecider.decide(merge(['LOT-0002', 1], ['LOT-0003', 2]), fold(lotDecider, history))]);
    expect(state).toMatchObject({
      remaining: 18.5,
      parents: [
        { lotId: 'LOT-0002', volume: cubicMetres(4) },
        { lotId: 'LOT-0003', volume: cubicMetres(2) },
      ],
    });
  });
});
