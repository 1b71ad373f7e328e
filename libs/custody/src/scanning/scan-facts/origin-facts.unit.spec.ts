import { describe, expect, it } from '@jest/globals';
import { cubicMetres } from '#shared-kernel';
import { movedKey } from '../plan-guides/plan-guides.projection.js';
import { EMPTY_FACILITY_REGISTER, type FacilityRegister, type FacilityStanding } from '../origin-register/facility-register.js';
import { EMPTY_PERMIT_REGISTER, type PermitRegister } from '../origin-register/permit-register.js';
import { destinationFacts, permitOriginFacts, processorOriginFacts, yieldCapOf, type YieldPair, yieldPairs } from './origin-facts.js';

const TORNILLO = 'Cedrelinga cateniformis';
const CEDRO = 'Cedrela odorata';
const TARA = 'Caesalpinia spinosa';

const permit: PermitRegister = {
  standings: [
    { status: 'active', reason: 'registered', authority: 'ARFFS-UCAYALI', at: '2026-01-01' },
    // Published after the reinstatement below, but in effect before it: order by effect, not arrival.
    { status: 'active', reason: 'reinstated', authority: 'OSINFOR', at: '2026-06-01T08:00:00-05:00' },
    { status: 'suspended', reason: 'PAU', authority: 'OSINFOR', at: '2026-05-01T08:00:00-05:00' },
  ],
  plans: [{ planId: 'POA-6', validity: { from: '2026-01-01', to: '2026-12-31' }, species: [{ species: TORNILLO, authorised: cubicMetres(500) }] }],
};

describe('permit origin facts at the observation time', () => {
  it('counts what other guides moved of a species in its quota’s measure: kg of tara, never its m³', () => {
    const tara = { ...permit, plans: [{ ...permit.plans[0]!, species: [{ species: TARA, authorised: { value: 8000, unit: 'kg' as const } }] }] };
    const moved = new Map([[movedKey(TARA, 'weight'), 1500], [movedKey(TARA, 'volume'), 3]]);
    expect(permitOriginFacts(tara, 'POA-6', '2026-04-30T12:00:00-05:00', moved).quotas).toEqual([{ species: TARA, authorised: { value: 8000, unit: 'kg' }, movedByOtherGuides: { value: 1500, unit: 'kg' } }]);
  });

  it('takes the standing in effect then, whatever order the standings arrived in', () => {
    const moved = new Map([[movedKey(TORNILLO, 'volume'), 120]]);
    expect(permitOriginFacts(permit, 'POA-6', '2026-04-30T12:00:00-05:00', moved)).toEqual({
      kind: 'permit',
      permitActive: true,
      planValid: true,
      quotas: [{ species: TORNILLO, authorised: cubicMetres(500), movedByOtherGuides: cubicMetres(120) }],
    });
    expect(permitOriginFacts(permit, 'POA-6', '2026-05-01T08:00:00-05:00', moved).permitActive).toBe(false);
    expect(permitOriginFacts(permit, 'POA-6', '2026-06-02T08:00:00-05:00', moved).permitActive).toBe(true);
  });

  it('is not active before its first standing, and its plan not valid outside its validity', () => {
    expect(permitOriginFacts(permit, 'POA-6', '2025-12-31T23:00:00-05:00', new Map())).toMatchObject({ permitActive: false, planValid: false });
    expect(permitOriginFacts(permit, 'POA-6', '2027-01-01T00:00:00-05:00', new Map())).toMatchObject({ permitActive: true, planValid: false });
  });

  it('knows nothing of an unknown permit or plan: not active, not valid, nothing authorised', () => {
    expect(permitOriginFacts(EMPTY_PERMIT_REGISTER, 'POA-1', '2026-05-02T07:00:00-05:00', new Map())).toEqual({ kind: 'permit', permitActive: false, planValid: false, quotas: [] });
    expect(permitOriginFacts(permit, 'POA-99', '2026-04-02T07:00:00-05:00', new Map())).toEqual({ kind: 'permit', permitActive: true, planValid: false, quotas: [] });
  });
});

const authorised: FacilityStanding = { holderTaxId: '20600000014', kind: 'sawmill', standing: 'authorised', validity: { from: '2026-01-01', until: '2026-12-31' }, authority: 'ARFFS-UCAYALI', at: '2026-01-01' };

const sawmill: FacilityRegister = {
  standings: [authorised, { ...authorised, standing: 'suspended', at: '2026-07-01' }],
  transformations: [
    { transformationId: 'TR-1', at: '2026-05-10T09:00:00-05:00', inputs: [{ species: CEDRO, productType: 'roundwood', m3: 10 }], outputs: [{ species: CEDRO, productType: 'sawn_wood', m3: 3.5 }] },
    {
      transformationId: 'TR-2',
      at: '2026-06-10T09:00:00-05:00',
      inputs: [{ species: TORNILLO, productType: 'roundwood', m3: 20 }],
      outputs: [
        { species: TORNILLO, productType: 'sawn_wood', m3: 6 },
        { species: TORNILLO, productType: 'rotary_veneer', m3: 4 },
      ],
    },
  ],
};

describe('processor origin and destination facts at the observation time', () => {
  /** Roundwood yields 35 % sawn wood and 55 % rotary veneer. */
  const coefficients = ({ output }: YieldPair) => ({ sawn_wood: { maxYield: 0.35 }, rotary_veneer: { maxYield: 0.55 } })[output as 'sawn_wood' | 'rotary_veneer'];

  it('sums per species what the processor took in up to the observation and what its output needed at each product’s yield, authorised while its standing and validity say so', () => {
    expect(processorOriginFacts(sawmill, '2026-05-20T00:00:00-05:00', coefficients)).toEqual({ kind: 'processor', authorised: true, yields: [{ species: CEDRO, inputM3: 10, inputNeededM3: 10 }] });
    // 6 m³ sawn at 35 % and 4 m³ of veneer at 55 % need 17.1429 + 7.2727 m³: more than the 20 m³ of tornillo, whatever veneer's higher yield.
    expect(processorOriginFacts(sawmill, '2026-06-20T00:00:00-05:00', coefficients).yields).toEqual([
      { species: CEDRO, inputM3: 10, inputNeededM3: 10 },
      { species: TORNILLO, inputM3: 20, inputNeededM3: 24.4156 },
    ]);
    expect(processorOriginFacts(sawmill, '2026-07-01T10:00:00-05:00', coefficients).authorised).toBe(false);
    expect(processorOriginFacts({ ...sawmill, standings: [authorised] }, '2027-01-01T10:00:00-05:00', coefficients).authorised).toBe(false);
  });

  it('names the caps that await confirmation, beside what the confirmed caps alone call for', () => {
    const veneerUnconfirmed = (pair: YieldPair) => (pair.output === 'rotary_veneer' ? { maxYield: 0.55, unconfirmed: true as const } : coefficients(pair));
    // 6 m³ sawn at 35 % need 17.1429 m³; 4 m³ of veneer need 7.2727 m³ at its unconfirmed 55 %, 4 m³ with it limiting nothing.
    expect(processorOriginFacts(sawmill, '2026-06-20T00:00:00-05:00', veneerUnconfirmed).yields).toEqual([
      { species: CEDRO, inputM3: 10, inputNeededM3: 10 },
      { species: TORNILLO, inputM3: 20, inputNeededM3: 24.4156, inputNeededAtConfirmedCapsM3: 21.1429, unconfirmedCaps: [{ input: 'roundwood', output: 'rotary_veneer', maxYield: 0.55 }] },
    ]);
  });

  it('marks a catalogue entry awaiting confirmation as an unconfirmed cap', () => {
    const entry = { species: 'Cedrela', input: 'roundwood', output: 'sawn_wood', maxYield: 0.35 } as const;
    expect(yieldCapOf({ ...entry, status: 'confirm' })).toEqual({ maxYield: 0.35, unconfirmed: true });
    expect(yieldCapOf(entry)).toEqual({ maxYield: 0.35 });
    expect(yieldCapOf(undefined)).toBeUndefined();
  });

  it('lets output need no more than input, 1 m³ for 1, where the catalogue has no coefficient', () => {
    expect(processorOriginFacts(sawmill, '2026-05-20T00:00:00-05:00', () => undefined).yields).toEqual([{ species: CEDRO, inputM3: 10, inputNeededM3: 3.5 }]);
  });

  it('names the products made from another product, per species, up to the observation, for the yield coefficients', () => {
    expect(yieldPairs(sawmill, '2026-05-20T00:00:00-05:00')).toEqual([{ species: CEDRO, input: 'roundwood', output: 'sawn_wood' }]);
    expect(yieldPairs(sawmill, '2026-06-20T00:00:00-05:00')).toHaveLength(3);
  });

  it('describes a destination as the register knows it, a depot as a depot, an export yard as an exporter and any other kind as a processor', () => {
    expect(destinationFacts(sawmill, 'CTP-UCA-014', '2026-05-02T07:00:00-05:00')).toEqual({ facilityId: 'CTP-UCA-014', holderTaxId: '20600000014', kind: 'processor', authorised: true });
    const depot: FacilityRegister = { ...EMPTY_FACILITY_REGISTER, standings: [{ ...authorised, kind: 'depot', at: '2026-06-01' }] };
    expect(destinationFacts(depot, 'DEP-1', '2026-05-02T07:00:00-05:00')).toEqual({ facilityId: 'DEP-1', holderTaxId: '20600000014', kind: 'depot', authorised: false });
    const exportYard: FacilityRegister = { ...EMPTY_FACILITY_REGISTER, standings: [{ ...authorised, kind: 'export_yard' }] };
    expect(destinationFacts(exportYard, 'EXP-CALLAO-1', '2026-05-02T07:00:00-05:00')).toMatchObject({ kind: 'exporter', authorised: true });
    expect(destinationFacts(EMPTY_FACILITY_REGISTER, 'CTP-NOWHERE', '2026-05-02T07:00:00-05:00')).toBeUndefined();
  });
});
