import { describe, expect, it } from '@jest/globals';
import { cubicMetres, DomainError, fold, MeasureMismatch, rectangle } from '#shared-kernel';
import { deciderSpec } from '#testing';
import { balance } from './permit.balance.js';
import { permitDecider } from './permit.decider.js';
import {
  AuthorisedVolumeExceeded,
  BlankField,
  CoordinatesTooCoarse,
  GeolocationOutsideHarvestArea,
  HarvestDateOutsidePlan,
  HarvestPlanNotFound,
  InvalidDate,
  InvalidGeometry,
  InvalidPieceCount,
  LotAlreadyRecorded,
  PermitNotActive,
  PermitNotFound,
  SpeciesNotInPlan,
  VolumeNotPositive,
} from './permit.errors.js';
import {
  after,
  cancelled,
  CEDRO,
  extract,
  extracted,
  harvestingTara,
  HOLDER,
  kg,
  mixedPlanApproved,
  PERMIT,
  PLAN,
  planApproved,
  PLOT,
  registered,
  suspended,
  TARA,
  taraAfter,
  taraExtracted,
  TORNILLO,
  working,
} from './permit.fixtures.spec.js';

const spec = deciderSpec(permitDecider);
const planned = [registered, planApproved];
const VALIDITY = planApproved.data.validity;

describe('recording an extraction', () => {
  it('records the lot with the holder, in m³', () => {
    spec.given(planned).when(extract()).then([
      {
        type: 'ExtractionRecorded',
        data: {
          permitId: PERMIT,
          planId: PLAN,
          lotId: 'LOT-0001',
          holderTaxId: HOLDER,
          species: CEDRO,
          volume: cubicMetres(12.5),
          pieces: 8,
          harvestDate: '2026-04-20',
          geolocation: PLOT,
          balance: { planId: PLAN, species: CEDRO, authorisedM3: 100, extractedM3: 12.5, movedM3: 0, remainingM3: 87.5, movableM3: 12.5 },
        },
      },
    ]);
  });

  it('converts board feet to m³', () => {
    const [event] = permitDecider.decide(extract({ volume: { value: 1000, unit: 'board_feet' } }), fold(permitDecider, planned));
    expect(event?.data).toMatchObject({ volume: cubicMetres(2.3597) });
  });

  it('names the species as the plan spells it', () => {
    const [event] = permitDecider.decide(extract({ species: ' cedrela ODORATA' }), fold(permitDecider, planned));
    expect(event?.data).toMatchObject({ species: CEDRO });
  });

  it('draws on the species’ authorised volume', () => {
    expect(balance(fold(permitDecider, working))[0]).toEqual({
      planId: PLAN,
      species: CEDRO,
      authorisedM3: 100,
      extractedM3: 90,
      movedM3: 0,
      remainingM3: 10,
      movableM3: 90,
    });
  });

  it('takes the remaining balance to the last tenth of a litre, and no more', () => {
    spec.given(working).when(extract({ volume: cubicMetres(10) })).then([extracted('LOT-0001', 10, CEDRO, after(CEDRO, 100))]);
    const [event] = permitDecider.decide(extract({ volume: cubicMetres(0.1 + 0.2) }), fold(permitDecider, [...planned, extracted('LOT-A', 99.7)]));
    expect(event?.data).toMatchObject({ volume: cubicMetres(0.3) });
    spec
      .given(working)
      .when(extract({ volume: cubicMetres(10.0001) }))
      .then(
        new AuthorisedVolumeExceeded(
          { planId: PLAN, species: CEDRO, authorisedM3: 100, extractedM3: 90, movedM3: 0, remainingM3: 10, movableM3: 90 },
          10.0001,
        ),
      );
  });

  it('records a lot of a product traded by weight in kg, drawing on its quota in kg', () => {
    spec.given([registered, mixedPlanApproved]).when(extract({ lotId: 'LOT-T1', species: TARA, volume: kg(1200) })).then([taraExtracted('LOT-T1', 1200)]);
    spec.given(harvestingTara).when(extract({ lotId: 'LOT-T2', species: TARA, volume: kg(3800) })).then([taraExtracted('LOT-T2', 3800, taraAfter(5000))]);
    expect(balance(fold(permitDecider, [...harvestingTara, taraExtracted('LOT-T2', 300.25, taraAfter(1500.25))]))).toEqual([
      { planId: PLAN, species: CEDRO, authorisedM3: 100, extractedM3: 0, movedM3: 0, remainingM3: 100, movableM3: 0 },
      { planId: PLAN, species: TARA, authorisedKg: 5000, extractedKg: 1500.25, movedKg: 0, remainingKg: 3499.75, movableKg: 1500.25 },
    ]);
  });

  it('refuses kg beyond the quota, saying so in kg', () => {
    const beyond = new AuthorisedVolumeExceeded(taraAfter(1200), 3800.5);
    spec.given(harvestingTara).when(extract({ species: TARA, volume: kg(3800.5) })).then(beyond);
    expect(beyond.message).toBe(`Plan ${PLAN} has 3800 kg of ${TARA} left to extract, 3800.5 kg were asked for`);
    expect(beyond.details).toEqual({ planId: PLAN, species: TARA, authorisedKg: 5000, extractedKg: 1200, movedKg: 0, remainingKg: 3800, movableKg: 1200, requestedKg: 3800.5 });
  });

  it('refuses a quantity in another measure than the species’ quota: m³ of tara, kg of cedro', () => {
    spec.given(harvestingTara).when(extract({ species: TARA, volume: cubicMetres(2) })).then(new MeasureMismatch('volume', 'weight', 'm3'));
    spec.given(harvestingTara).when(extract({ species: TARA, volume: { value: 100, unit: 'board_feet' } })).then(new MeasureMismatch('volume', 'weight', 'board_feet'));
    spec.given(harvestingTara).when(extract({ volume: kg(20) })).then(new MeasureMismatch('volume', 'volume', 'kg'));
  });

  it('accepts a polygon plot wholly inside a harvest area', () => {
    const plot = rectangle(-74.56, -8.4, -74.55, -8.39);
    const [event] = permitDecider.decide(extract({ geolocation: plot }), fold(permitDecider, planned));
    expect(event?.data).toMatchObject({ geolocation: plot });
  });

  it('needs a registered, active permit', () => {
    spec.given([]).when(extract()).then(new PermitNotFound(PERMIT));
    spec.given([...planned, suspended]).when(extract()).then(new PermitNotActive(PERMIT, 'suspended'));
    spec.given([...planned, cancelled]).when(extract()).then(new PermitNotActive(PERMIT, 'cancelled'));
  });

  it('records a lot id once per permit', () => {
    spec.given(working).when(extract({ lotId: 'LOT-A', volume: cubicMetres(1) })).then(new LotAlreadyRecorded(PERMIT, 'LOT-A'));
    spec.given(working).when(extract({ lotId: ' ' })).then(new BlankField('lotId'));
  });

  it('needs a plan the permit has', () => {
    spec.given(planned).when(extract({ planId: 'POA-7' })).then(new HarvestPlanNotFound(PERMIT, 'POA-7'));
  });

  it('happens within the plan’s validity, both days included', () => {
    const [onLastDay] = permitDecider.decide(extract({ harvestDate: '2026-12-31' }), fold(permitDecider, planned));
    expect(onLastDay?.data).toMatchObject({ harvestDate: '2026-12-31' });
    spec.given(planned).when(extract({ harvestDate: '2025-12-31' })).then(new HarvestDateOutsidePlan(PLAN, '2025-12-31', VALIDITY));
    spec.given(planned).when(extract({ harvestDate: '2027-01-01' })).then(new HarvestDateOutsidePlan(PLAN, '2027-01-01', VALIDITY));
    spec.given(planned).when(extract({ harvestDate: '20-04-2026' })).then(new InvalidDate('harvestDate', '20-04-2026', 'date'));
  });

  it('takes only species the plan authorises', () => {
    spec.given(planned).when(extract({ species: 'Swietenia macrophylla' })).then(new SpeciesNotInPlan(PLAN, 'Swietenia macrophylla'));
  });

  it('is another species’ balance when the species differs', () => {
    spec.given(working).when(extract({ species: TORNILLO, volume: cubicMetres(300) })).then([extracted('LOT-0001', 300, TORNILLO)]);
  });

  it('needs a volume above zero and a whole number of pieces', () => {
    spec.given(planned).when(extract({ volume: cubicMetres(0) })).then(new VolumeNotPositive('volume', 0));
    spec.given(planned).when(extract({ volume: cubicMetres(-1) })).then(new DomainError('invalid', 'invalid_volume', ''));
    spec.given(planned).when(extract({ pieces: 0 })).then(new InvalidPieceCount(0));
    spec.given(planned).when(extract({ pieces: 2.5 })).then(new InvalidPieceCount(2.5));
  });

  it('needs a plot point to six decimal digits', () => {
    const coarse = { type: 'Point' as const, coordinates: [-74.55389, -8.379167] as const };
    spec.given(planned).when(extract({ geolocation: coarse })).then(new CoordinatesTooCoarse([5, 6], 6));
    const rounded = { type: 'Point' as const, coordinates: [-74.553889, -8.38] as const };
    spec.given(planned).when(extract({ geolocation: rounded })).then(new CoordinatesTooCoarse([6, 2], 6));
  });

  it('counts a point’s decimals as the sender wrote them when it says so: -8.379170 has six, though the number parses as -8.37917', () => {
    const trailingZero = { type: 'Point' as const, coordinates: [-74.553889, -8.37917] as const };
    spec.given(planned).when(extract({ geolocation: trailingZero })).then(new CoordinatesTooCoarse([6, 5], 6));
    const [event] = permitDecider.decide(extract({ geolocation: trailingZero, pointDecimals: [6, 6] }), fold(permitDecider, planned));
    expect(event).toMatchObject({ type: 'ExtractionRecorded', data: { geolocation: trailingZero } });
    spec.given(planned).when(extract({ pointDecimals: [6, 5] })).then(new CoordinatesTooCoarse([6, 5], 6));
  });

  it('needs a usable point or polygon', () => {
    const offEarth = { type: 'Point' as const, coordinates: [-74.553889, -98.379167] as const };
    spec.given(planned).when(extract({ geolocation: offEarth })).then(new InvalidGeometry('geolocation', { problem: 'position_out_of_range' }));
    const line = { type: 'LineString', coordinates: [] } as never;
    spec.given(planned).when(extract({ geolocation: line })).then(new InvalidGeometry('geolocation', { problem: 'unknown_type' }));
    const unclosed = { type: 'Polygon' as const, coordinates: [rectangle(-74.56, -8.4, -74.55, -8.39).coordinates[0]!.slice(0, 4)] };
    spec.given(planned).when(extract({ geolocation: unclosed })).then(new InvalidGeometry('geolocation', { problem: 'ring_not_closed', ring: 0 }));
  });

  it('refuses a plot outside the plan’s harvest areas, even inside the permit', () => {
    const elsewhere = { type: 'Point' as const, coordinates: [-74.653889, -8.379167] as const };
    spec.given(planned).when(extract({ geolocation: elsewhere })).then(new GeolocationOutsideHarvestArea(PLAN, 'LOT-0001'));
    const straddling = rectangle(-74.53, -8.4, -74.5, -8.39);
    spec.given(planned).when(extract({ geolocation: straddling })).then(new GeolocationOutsideHarvestArea(PLAN, 'LOT-0001'));
  });
});
