import { describe, expect, it } from '@jest/globals';
import { cubicMetres, DomainError, fold } from '#shared-kernel';
import { deciderSpec } from '#testing';
import type { CreateChildLot, CreateExtractedLot, CreateProductLot } from './lot.commands.js';
import { lotDecider } from './lot.decider.js';
import { InvalidLineage, InvalidPieceCount, LotAlreadyExists, VolumeNotPositive } from './lot.errors.js';
import { AT, extracted, HOLDER, LOT, SAWMILL, YARD } from './lot.fixtures.spec.js';

const spec = deciderSpec(lotDecider);

const extract = (changes: Partial<CreateExtractedLot['data']> = {}): CreateExtractedLot => ({
  type: 'CreateExtractedLot',
  data: {
    lotId: LOT,
    permitId: '25-UCA/C-J-001-02',
    planId: 'POA-6',
    holderTaxId: HOLDER,
    species: 'Cedrela odorata',
    volume: cubicMetres(12.5),
    pieces: 8,
    harvestDate: '2026-04-20',
    geolocation: { type: 'Point', coordinates: [-74.553889, -8.379167] },
    ...changes,
  },
});

const produce = (parents: CreateProductLot['data']['parents'], volume = cubicMetres(3.2)): CreateProductLot => ({
  type: 'CreateProductLot',
  data: { lotId: 'PROD-1', facilityId: SAWMILL, productType: 'sawn_wood', species: 'Cedrela odorata', volume, parents, transformationId: 'TR-1', at: AT },
});

const child = (parents: CreateChildLot['data']['parents'], lotId = 'LOT-0001-A'): CreateChildLot => ({
  type: 'CreateChildLot',
  data: { lotId, parents, species: 'Cedrela odorata', productType: 'roundwood', place: YARD, at: AT },
});

describe('a lot extracted from the forest', () => {
  it('starts its life as roundwood at the holder', () => {
    spec.given([]).when(extract()).then([extracted]);
  });

  it('records its volume in m³ when it was measured in board feet', () => {
    const [event] = lotDecider.decide(extract({ volume: { value: 1000, unit: 'board_feet' } }), undefined);
    expect(event?.data).toMatchObject({ volume: { value: 2.3597, unit: 'm3' } });
  });

  it('lives once: the same lot id cannot be extracted again', () => {
    spec.given([extracted]).when(extract()).then(new LotAlreadyExists(LOT));
  });

  it('must hold some volume', () => {
    spec.given([]).when(extract({ volume: cubicMetres(0) })).then(new VolumeNotPositive('volume', 0));
    spec.given([]).when(extract({ volume: cubicMetres(-1) })).then(new DomainError('invalid', 'invalid_volume', ''));
  });

  it('holds a whole number of pieces, at least one', () => {
    spec.given([]).when(extract({ pieces: 0 })).then(new InvalidPieceCount(0));
    spec.given([]).when(extract({ pieces: 2.5 })).then(new InvalidPieceCount(2.5));
  });
});

describe('a product lot made by a processor', () => {
  const parents = [{ lotId: LOT, volume: cubicMetres(9.1) }];

  it('starts at the processor, with its parents and transformation', () => {
    spec.given([]).when(produce(parents)).then([
      {
        type: 'ProductLotCreated',
        data: { lotId: 'PROD-1', facilityId: SAWMILL, productType: 'sawn_wood', species: 'Cedrela odorata', volume: cubicMetres(3.2), parents, transformationId: 'TR-1', at: AT },
      },
    ]);
  });

  it('lives once', () => {
    const created = lotDecider.decide(produce(parents), undefined);
    spec.given(created).when(produce(parents)).then(new LotAlreadyExists('PROD-1'));
  });

  it('needs volume, and parents that are distinct other lots each giving volume', () => {
    spec.given([]).when(produce(parents, cubicMetres(0))).then(new VolumeNotPositive('volume', 0));
    spec.given([]).when(produce([])).then(new InvalidLineage('PROD-1', 'no_lots', []));
    spec.given([]).when(produce([{ lotId: 'PROD-1', volume: cubicMetres(1) }])).then(new InvalidLineage('PROD-1', 'self_reference', ['PROD-1']));
    spec.given([]).when(produce([...parents, ...parents])).then(new InvalidLineage('PROD-1', 'duplicate_lot', [LOT, LOT]));
    spec.given([]).when(produce([{ lotId: LOT, volume: cubicMetres(0) }])).then(new VolumeNotPositive('parents[0].volume', 0));
  });
});

describe('a child lot from a split or a merge', () => {
  it('holds exactly what its parents gave', () => {
    const parents = [
      { lotId: LOT, volume: cubicMetres(4) },
      { lotId: 'LOT-0002', volume: { value: 1000, unit: 'board_feet' as const } },
    ];
    spec.given([]).when(child(parents)).then([
      {
        type: 'ChildLotCreated',
        data: {
          lotId: 'LOT-0001-A',
          parents: [
            { lotId: LOT, volume: cubicMetres(4) },
            { lotId: 'LOT-0002', volume: cubicMetres(2.3597) },
          ],
          species: 'Cedrela odorata',
          productType: 'roundwood',
          place: YARD,
          volume: cubicMetres(6.3597),
          at: AT,
        },
      },
    ]);
  });

  it('lives once, and needs parents', () => {
    const parents = [{ lotId: LOT, volume: cubicMetres(4) }];
    spec.given(lotDecider.decide(child(parents), undefined)).when(child(parents)).then(new LotAlreadyExists('LOT-0001-A'));
    spec.given([]).when(child([])).then(new InvalidLineage('LOT-0001-A', 'no_lots', []));
  });

  it('keeps its parents for lineage one level up', () => {
    const parents = [{ lotId: LOT, volume: cubicMetres(4) }];
    expect(fold(lotDecider, lotDecider.decide(child(parents), undefined))).toMatchObject({ parents, children: [], remaining: 4, whereabouts: { kind: 'resting', place: YARD } });
  });
});
