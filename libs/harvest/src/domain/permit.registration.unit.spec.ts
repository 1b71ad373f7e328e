import { describe, expect, it } from '@jest/globals';
import { fold, type Position } from '#shared-kernel';
import { deciderSpec } from '#testing';
import { balance } from './permit.balance.js';
import { permitDecider } from './permit.decider.js';
import { BlankField, InvalidDate, InvalidGeometry, InvalidTaxId, InvalidValidity, PermitAlreadyRegistered, UnknownPermitKind } from './permit.errors.js';
import { PERMIT, register, registered } from './permit.fixtures.spec.js';
import { PERMIT_KINDS, type PermitKind } from './permit.js';

const spec = deciderSpec(permitDecider);

const ring = (...positions: Position[]) => ({ type: 'Polygon' as const, coordinates: [positions] });

describe('registering a permit', () => {
  it('records the permit, active', () => {
    spec.given([]).when(register()).then([registered]);
    expect(fold(permitDecider, [registered])).toMatchObject({ permitId: PERMIT, standing: { status: 'active' }, plans: [] });
    expect(balance(fold(permitDecider, [registered]))).toEqual([]);
  });

  it('accepts every kind of título habilitante', () => {
    for (const kind of PERMIT_KINDS) {
      const [event] = permitDecider.decide(register({ kind }), undefined);
      expect(event?.data).toMatchObject({ kind });
    }
  });

  it('keeps text without its surrounding spaces', () => {
    const [event] = permitDecider.decide(register({ authority: '  SERFOR ', resolutionNumber: ' RD-1 ' }), undefined);
    expect(event?.data).toMatchObject({ authority: 'SERFOR', resolutionNumber: 'RD-1' });
  });

  it('happens once per permit id', () => {
    spec.given([registered]).when(register()).then(new PermitAlreadyRegistered(PERMIT));
  });

  it('refuses a kind that is not one of the títulos habilitantes', () => {
    spec.given([]).when(register({ kind: 'lease' as PermitKind })).then(new UnknownPermitKind('lease'));
  });

  it('needs the holder’s RUC: 11 digits', () => {
    spec.given([]).when(register({ holderTaxId: '2012345678' })).then(new InvalidTaxId('2012345678'));
    spec.given([]).when(register({ holderTaxId: '2012345678X' })).then(new InvalidTaxId('2012345678X'));
  });

  it('needs the permit id, the authority and the resolution number', () => {
    spec.given([]).when(register({ permitId: ' ' })).then(new BlankField('permitId'));
    spec.given([]).when(register({ authority: '' })).then(new BlankField('authority'));
    spec.given([]).when(register({ resolutionNumber: '\t' })).then(new BlankField('resolutionNumber'));
  });

  it('needs a valid GeoJSON polygon for its area', () => {
    const tooShort = ring([-74.7, -8.5], [-74.4, -8.5], [-74.7, -8.5]);
    spec.given([]).when(register({ area: tooShort })).then(new InvalidGeometry('area', { problem: 'ring_too_short', ring: 0 }));
    const unclosed = ring([-74.7, -8.5], [-74.4, -8.5], [-74.4, -8.3], [-74.7, -8.3], [-74.7, -8.4]);
    spec.given([]).when(register({ area: unclosed })).then(new InvalidGeometry('area', { problem: 'ring_not_closed', ring: 0 }));
    const offEarth = ring([-74.7, -8.5], [-190, -8.5], [-74.4, -8.3], [-74.7, -8.5]);
    spec.given([]).when(register({ area: offEarth })).then(new InvalidGeometry('area', { problem: 'position_out_of_range', ring: 0, position: 1 }));
    spec.given([]).when(register({ area: { type: 'Polygon', coordinates: [] } })).then(new InvalidGeometry('area', { problem: 'no_rings' }));
  });

  it('needs a validity of calendar dates that starts before it ends', () => {
    const validity = { from: '2022-03-01', to: '2022-02-30' };
    spec.given([]).when(register({ validity })).then(new InvalidDate('validity.to', '2022-02-30', 'date'));
    spec.given([]).when(register({ validity: { from: '2022-3-1', to: '2062-02-28' } })).then(new InvalidDate('validity.from', '2022-3-1', 'date'));
    const backwards = { from: '2062-02-28', to: '2022-03-01' };
    spec.given([]).when(register({ validity: backwards })).then(new InvalidValidity('validity', backwards));
    const oneDay = { from: '2022-03-01', to: '2022-03-01' };
    spec.given([]).when(register({ validity: oneDay })).then(new InvalidValidity('validity', oneDay));
  });
});
