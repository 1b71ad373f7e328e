import { describe, expect, it } from '@jest/globals';
import { cubicMetres, DomainError, fold, QuantityNotPositive, rectangle } from '#shared-kernel';
import { deciderSpec } from '#testing';
import { balance } from './permit.balance.js';
import { permitDecider } from './permit.decider.js';
import {
  BlankField,
  DuplicateSpecies,
  HarvestAreaOutsidePermit,
  HarvestPlanAlreadyApproved,
  InvalidCuttingDiameter,
  InvalidGeometry,
  InvalidValidity,
  NoHarvestArea,
  NoSpecies,
  PermitNotActive,
  PermitNotFound,
  PlanValidityOutsidePermit,
  VolumeNotPositive,
} from './permit.errors.js';
import { approve, cancelled, CEDRO, HARVEST_AREA, kg, mixedPlanApproved, PERMIT, PLAN, planApproved, registered, suspended, TARA, TORNILLO } from './permit.fixtures.spec.js';

const spec = deciderSpec(permitDecider);

describe('approving a harvest plan', () => {
  it('records the plan with its areas, validity and authorised m³ per species', () => {
    spec.given([registered]).when(approve()).then([planApproved]);
  });

  it('starts every species of the plan with nothing extracted or moved', () => {
    expect(balance(fold(permitDecider, [registered, planApproved]))).toEqual([
      { planId: PLAN, species: CEDRO, authorisedM3: 100, extractedM3: 0, movedM3: 0, remainingM3: 100, movableM3: 0 },
      { planId: PLAN, species: TORNILLO, authorisedM3: 400, extractedM3: 0, movedM3: 0, remainingM3: 400, movableM3: 0 },
    ]);
  });

  it('records authorised volumes in m³, rounded to a tenth of a litre', () => {
    const [event] = permitDecider.decide(approve({ species: [{ species: CEDRO, authorised: { value: 1000, unit: 'board_feet' } }] }), fold(permitDecider, [registered]));
    expect(event?.data).toMatchObject({ species: [{ species: CEDRO, authorised: cubicMetres(2.3597) }] });
  });

  it('authorises a product traded by weight in kg, beside timber in m³, each quota knowing its measure', () => {
    spec.given([registered]).when(approve({ species: mixedPlanApproved.data.species })).then([mixedPlanApproved]);
    const [event] = permitDecider.decide(approve({ species: [{ species: TARA, authorised: kg(1234.56789) }] }), fold(permitDecider, [registered]));
    expect(event?.data).toMatchObject({ species: [{ species: TARA, authorised: kg(1234.5679) }] });
    const state = fold(permitDecider, [registered, mixedPlanApproved]);
    expect(state?.plans[0]?.species).toEqual([
      { species: CEDRO, measure: 'volume', authorised: 100, extracted: 0, moved: 0 },
      { species: TARA, measure: 'weight', authorised: 5000, extracted: 0, moved: 0 },
    ]);
    expect(balance(state)).toEqual([
      { planId: PLAN, species: CEDRO, authorisedM3: 100, extractedM3: 0, movedM3: 0, remainingM3: 100, movableM3: 0 },
      { planId: PLAN, species: TARA, authorisedKg: 5000, extractedKg: 0, movedKg: 0, remainingKg: 5000, movableKg: 0 },
    ]);
  });

  it('keeps scientific names with their spacing tidied', () => {
    const [event] = permitDecider.decide(approve({ species: [{ species: '  Cedrela   odorata ', authorised: cubicMetres(5) }] }), fold(permitDecider, [registered]));
    expect(event?.data).toMatchObject({ species: [{ species: CEDRO, authorised: cubicMetres(5) }] });
  });

  it('needs a registered, active permit', () => {
    spec.given([]).when(approve()).then(new PermitNotFound(PERMIT));
    spec.given([registered, suspended]).when(approve()).then(new PermitNotActive(PERMIT, 'suspended'));
    spec.given([registered, cancelled]).when(approve()).then(new PermitNotActive(PERMIT, 'cancelled'));
  });

  it('refuses a plan id the permit already has', () => {
    spec.given([registered, planApproved]).when(approve()).then(new HarvestPlanAlreadyApproved(PERMIT, PLAN));
  });

  it('needs a plan id', () => {
    spec.given([registered]).when(approve({ planId: '' })).then(new BlankField('planId'));
  });

  it('needs a validity that starts before it ends, within the permit’s', () => {
    const backwards = { from: '2026-12-31', to: '2026-01-01' };
    spec.given([registered]).when(approve({ validity: backwards })).then(new InvalidValidity('validity', backwards));
    const beyond = { from: '2061-06-01', to: '2062-05-31' };
    spec.given([registered]).when(approve({ validity: beyond })).then(new PlanValidityOutsidePermit(PLAN, beyond, registered.data.validity));
    const before = { from: '2021-06-01', to: '2022-05-31' };
    spec.given([registered]).when(approve({ validity: before })).then(new PlanValidityOutsidePermit(PLAN, before, registered.data.validity));
  });

  it('needs harvest areas that are valid polygons lying within the permit area', () => {
    spec.given([registered]).when(approve({ harvestAreas: [] })).then(new NoHarvestArea(PLAN));
    const unclosed = { type: 'Polygon' as const, coordinates: [[...HARVEST_AREA.coordinates[0]!.slice(0, 4), [-74.5, -8.4] as const]] };
    spec.given([registered]).when(approve({ harvestAreas: [HARVEST_AREA, unclosed] })).then(new InvalidGeometry('harvestAreas[1]', { problem: 'ring_not_closed', ring: 0 }));
    const straddling = rectangle(-74.45, -8.4, -74.35, -8.35);
    spec.given([registered]).when(approve({ harvestAreas: [HARVEST_AREA, straddling] })).then(new HarvestAreaOutsidePermit(PLAN, 1));
  });

  it('needs at least one species, each named once', () => {
    spec.given([registered]).when(approve({ species: [] })).then(new NoSpecies('species'));
    const twice = [
      { species: CEDRO, authorised: cubicMetres(10) },
      { species: 'cedrela  ODORATA', authorised: cubicMetres(20) },
    ];
    spec.given([registered]).when(approve({ species: twice })).then(new DuplicateSpecies('species', 'cedrela ODORATA'));
    spec.given([registered]).when(approve({ species: [{ species: ' ', authorised: cubicMetres(1) }] })).then(new BlankField('species[0].species'));
  });

  it('authorises a finite volume above zero per species', () => {
    const authorising = (value: number) => approve({ species: [{ species: CEDRO, authorised: cubicMetres(value) }] });
    spec.given([registered]).when(authorising(0)).then(new VolumeNotPositive('species[0].authorised', 0));
    spec.given([registered]).when(authorising(0.00001)).then(new VolumeNotPositive('species[0].authorised', 0));
    spec.given([registered]).when(authorising(-5)).then(new DomainError('invalid', 'invalid_volume', ''));
    spec.given([registered]).when(authorising(Infinity)).then(new DomainError('invalid', 'invalid_volume', ''));
    spec.given([registered]).when(authorising(Number.NaN)).then(new DomainError('invalid', 'invalid_volume', ''));
  });

  it('authorises a finite weight above zero', () => {
    const authorising = (value: number) => approve({ species: [{ species: TARA, authorised: kg(value) }] });
    spec.given([registered]).when(authorising(0.00001)).then(new QuantityNotPositive('species[0].authorised', 0, 'kg'));
    spec.given([registered]).when(authorising(-5)).then(new DomainError('invalid', 'invalid_weight', ''));
  });

  it('takes a minimum cutting diameter only above zero', () => {
    const cutting = (minimumCuttingDiameterCm: number) => approve({ species: [{ species: CEDRO, authorised: cubicMetres(10), minimumCuttingDiameterCm }] });
    spec.given([registered]).when(cutting(0)).then(new InvalidCuttingDiameter(CEDRO, 0));
    spec.given([registered]).when(cutting(Infinity)).then(new InvalidCuttingDiameter(CEDRO, Infinity));
    expect(fold(permitDecider, [registered, planApproved])?.plans[0]?.species).toEqual([
      { species: CEDRO, measure: 'volume', authorised: 100, extracted: 0, moved: 0, minimumCuttingDiameterCm: 65 },
      { species: TORNILLO, measure: 'volume', authorised: 400, extracted: 0, moved: 0 },
    ]);
  });
});
