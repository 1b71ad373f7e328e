import { describe, expect, it } from '@jest/globals';
import { CONSIGNEE, guide, ISSUED_AT } from '../domain/guide.fixtures.spec.js';
import type { FacilityRegister, FacilityStanding } from '../scanning/origin-register/facility-register.js';
import { assertDestinationStands, DestinationNotAuthorised, DestinationNotConsignee } from './destination-stands.js';

const RECORDED_AT = '2026-05-02T07:00:00-05:00';
const authorised: FacilityStanding = { holderTaxId: CONSIGNEE, kind: 'sawmill', standing: 'authorised', validity: { from: '2026-01-01', until: '2026-12-31' }, authority: 'ARFFS-UCAYALI', at: '2026-01-01' };
const sawmill = (...standings: FacilityStanding[]): FacilityRegister => ({ standings: [authorised, ...standings], transformations: [] });

const refusal = (act: () => void) => {
  try {
    act();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('a guide’s destination', () => {
  it('stands while the facility is authorised to receive and registered as the consignee the guide names', () => {
    expect(refusal(() => assertDestinationStands(guide, sawmill(), RECORDED_AT))).toBeUndefined();
  });

  it('is left to the scans while no register has heard of the facility', () => {
    expect(refusal(() => assertDestinationStands(guide, { standings: [], transformations: [] }, RECORDED_AT))).toBeUndefined();
  });

  it('is refused when the facility was suspended when the guide is dated or recorded, or its authorisation had run out', () => {
    const suspended: FacilityStanding = { ...authorised, standing: 'suspended', at: '2026-05-02T06:30:00-05:00' };
    expect(refusal(() => assertDestinationStands(guide, sawmill(suspended), RECORDED_AT))).toEqual(new DestinationNotAuthorised(guide, RECORDED_AT));
    const lapsed = { standings: [{ ...authorised, validity: { from: '2025-01-01', until: '2026-04-30' } }], transformations: [] };
    expect(refusal(() => assertDestinationStands(guide, lapsed, RECORDED_AT))).toEqual(new DestinationNotAuthorised(guide, ISSUED_AT));
  });

  it('is refused when the facility is registered as another kind or to another holder than the consignee', () => {
    const depot: FacilityRegister = { standings: [{ ...authorised, kind: 'depot' }], transformations: [] };
    expect(refusal(() => assertDestinationStands(guide, depot, RECORDED_AT))).toEqual(new DestinationNotConsignee(guide, { kind: 'depot', holderTaxId: CONSIGNEE }));
    const another: FacilityRegister = { standings: [{ ...authorised, holderTaxId: '20999999999' }], transformations: [] };
    expect(refusal(() => assertDestinationStands(guide, another, RECORDED_AT))).toBeInstanceOf(DestinationNotConsignee);
  });
});
