import { describe, expect, it } from '@jest/globals';
import { cubicMetres, fold } from '#shared-kernel';
import { deciderSpec } from '#testing';
import { lotDecider } from './lot.decider.js';
import { InsufficientLotVolume, LotIsClosed, LotIsConfiscated, LotNotAtPlace, LotNotFound, LotOnOpenGuide, VolumeNotPositive } from './lot.errors.js';
import { AT, AT_SAWMILL, atSawmill, confiscated, consume, consumed, dispatched, extracted, GUIDE, immobilised, LOT, productOf, SAWMILL, YARD } from './lot.fixtures.spec.js';

const spec = deciderSpec(lotDecider);

describe('consuming a lot in a transformation', () => {
  it('takes part of the lot at the facility it was delivered to', () => {
    spec.given(atSawmill).when(consume(5)).then([consumed(5, 7.5)]);
  });

  it('takes the rest later, which closes the lot', () => {
    spec.given([...atSawmill, consumed(5, 7.5)]).when(consume(7.5, SAWMILL, 'TR-2')).then([consumed(7.5, 0, 'TR-2')]);
    spec.given([...atSawmill, consumed(5, 7.5), consumed(7.5, 0, 'TR-2')]).when(consume(1, SAWMILL, 'TR-3')).then(new LotIsClosed(LOT, 'consumed'));
  });

  it('records nothing when the same transformation consumes it again', () => {
    spec.given([...atSawmill, consumed(5, 7.5)]).when(consume(5)).then([]);
  });

  it('refuses more than remains: a volume never goes negative', () => {
    spec.given([...atSawmill, consumed(5, 7.5)]).when(consume(7.6, SAWMILL, 'TR-2')).then(new InsufficientLotVolume(LOT, 7.6, 7.5, 'volume'));
  });

  it('refuses consumption anywhere but where the lot rests', () => {
    spec.given(atSawmill).when(consume(1, 'CTP-LIM-001')).then(new LotNotAtPlace(LOT, { kind: 'facility', facilityId: 'CTP-LIM-001' }, { kind: 'resting', place: AT_SAWMILL, deliveredUnder: GUIDE }));
    spec.given([extracted]).when(consume(1)).then(new LotNotAtPlace(LOT, AT_SAWMILL, { kind: 'resting', place: YARD }));
  });

  it('refuses a lot still on the road', () => {
    spec.given([extracted, dispatched()]).when(consume(1)).then(new LotOnOpenGuide(LOT, GUIDE));
  });

  it('consumes a lot immobilised after processing decided: the transformation stands, and its products carry the hold', () => {
    spec.given([...atSawmill, immobilised()]).when(consume(5)).then([consumed(5, 7.5)]);
  });

  it('refuses a confiscated lot: the state took it', () => {
    spec.given([...atSawmill, confiscated()]).when(consume(1)).then(new LotIsConfiscated(LOT, 'INF-2026-0042'));
  });

  it('keeps the products it went into as its children', () => {
    const lot = fold(lotDecider, [...atSawmill, consumed(5, 7.5), consumed(7.5, 0, 'TR-2')]);
    expect(lot?.children).toEqual([
      { lotId: productOf('TR-1'), volume: cubicMetres(5) },
      { lotId: productOf('TR-2'), volume: cubicMetres(7.5) },
    ]);
  });

  it('refuses no volume, or no lot', () => {
    spec.given(atSawmill).when({ type: 'ConsumeLot', data: { transformationId: 'TR-1', facilityId: SAWMILL, volume: cubicMetres(0.00001), products: [], at: AT } }).then(new VolumeNotPositive('volume', 0));
    spec.given([]).when(consume(1)).then(new LotNotFound());
  });
});
