import { describe, expect, it } from '@jest/globals';
import { cubicMetres, fold, MeasureMismatch } from '#shared-kernel';
import { deciderSpec } from '#testing';
import { balance } from './permit.balance.js';
import { permitDecider } from './permit.decider.js';
import {
  BlankField,
  GuideNumberReused,
  HarvestPlanNotFound,
  MovedBeyondAuthorised,
  MovedBeyondExtracted,
  NoSpecies,
  PermitNotFound,
  SpeciesNotInPlan,
  VolumeNotPositive,
} from './permit.errors.js';
import { guideNotCounted } from './permit.movement.js';
import { after, cancelled, CEDRO, extracted, GUIDE, harvestingTara, kg, move, moved, PERMIT, PLAN, suspended, TARA, taraAfter, TORNILLO, working } from './permit.fixtures.spec.js';

const spec = deciderSpec(permitDecider);
const cedro = (m3: number, species = CEDRO) => ({ species, volume: cubicMetres(m3) });
const withTornillo = [...working, extracted('LOT-C', 30, TORNILLO)];

describe('recording volume moved under a guide', () => {
  it('counts the guide’s volume per species against the plan', () => {
    const cedroAfter = { planId: PLAN, species: CEDRO, authorisedM3: 100, extractedM3: 90, movedM3: 50, remainingM3: 10, movableM3: 40 };
    spec.given(working).when(move([cedro(50)])).then([moved([{ species: CEDRO, m3: 50 }], [cedroAfter])]);
    expect(balance(fold(permitDecider, [...working, moved([{ species: CEDRO, m3: 50 }], [cedroAfter])]))[0]).toEqual(cedroAfter);
  });

  it('sums the lines of one species, converts them to m³ and orders them by species', () => {
    const lines = [cedro(10, TORNILLO), cedro(20), { species: 'cedrela odorata', volume: { value: 1000, unit: 'board_feet' as const } }];
    spec.given(withTornillo).when(move(lines)).then([moved([{ species: CEDRO, m3: 22.3597 }, { species: TORNILLO, m3: 10 }], [after(CEDRO, 90, 22.3597), after(TORNILLO, 30, 10)])]);
  });

  it('records nothing when the same guide arrives again with the same load', () => {
    const history = [...withTornillo, moved([{ species: CEDRO, m3: 20 }, { species: TORNILLO, m3: 10 }], [after(CEDRO, 90, 20), after(TORNILLO, 30, 10)])];
    spec.given(history).when(move([cedro(10, TORNILLO), cedro(20)])).then([]);
    spec.given(history).when(move([cedro(10, TORNILLO), cedro(15), cedro(5, ' cedrela  odorata')])).then([]);
  });

  it('refuses a guide number already counted with another load: a reused or cloned guide', () => {
    const history = [...working, moved([{ species: CEDRO, m3: 20 }], [after(CEDRO, 90, 20)])];
    spec
      .given(history)
      .when(move([cedro(25)]))
      .then(
        new GuideNumberReused(
          GUIDE,
          { planId: PLAN, lines: [{ species: CEDRO, measure: 'volume', amount: 20 }] },
          { planId: PLAN, lines: [{ species: CEDRO, measure: 'volume', amount: 25 }] },
        ),
      );
  });

  it('names each line of a reused guide’s loads in its unit: m3 for timber, kg for a weight', () => {
    const counted = { planId: PLAN, lines: [{ species: CEDRO, measure: 'volume', amount: 20 }, { species: TARA, measure: 'weight', amount: 400 }] } as const;
    const requested = { planId: PLAN, lines: [{ species: CEDRO, measure: 'volume', amount: 25 }] } as const;
    expect(new GuideNumberReused(GUIDE, counted, requested).details).toEqual({
      guideNumber: GUIDE,
      counted: { planId: PLAN, lines: [{ species: CEDRO, m3: 20 }, { species: TARA, kg: 400 }] },
      requested: { planId: PLAN, lines: [{ species: CEDRO, m3: 25 }] },
    });
  });

  it('never moves more than the plan authorises for the species (laundering pattern 2)', () => {
    const extractedAll = [...working, extracted('LOT-C', 10, CEDRO, after(CEDRO, 100)), moved([{ species: CEDRO, m3: 60 }], [after(CEDRO, 100, 60)], 'GTF-1')];
    spec
      .given(extractedAll)
      .when(move([cedro(40.0001)]))
      .then(
        new MovedBeyondAuthorised(
          GUIDE,
          { planId: PLAN, species: CEDRO, authorisedM3: 100, extractedM3: 100, movedM3: 60, remainingM3: 0, movableM3: 40 },
          40.0001,
        ),
      );
    spec.given(extractedAll).when(move([cedro(40)])).then([moved([{ species: CEDRO, m3: 40 }], [after(CEDRO, 100, 100)])]);
  });

  it('never moves timber that was not recorded as extracted (paper volume)', () => {
    spec
      .given(working)
      .when(move([cedro(90.0001)]))
      .then(new MovedBeyondExtracted(GUIDE, { planId: PLAN, species: CEDRO, authorisedM3: 100, extractedM3: 90, movedM3: 0, remainingM3: 10, movableM3: 90 }, 90.0001));
  });

  it('refuses the whole guide when any one species is beyond its balance', () => {
    spec
      .given(withTornillo)
      .when(move([cedro(10), cedro(31, TORNILLO)]))
      .then(new MovedBeyondExtracted(GUIDE, { planId: PLAN, species: TORNILLO, authorisedM3: 400, extractedM3: 30, movedM3: 0, remainingM3: 370, movableM3: 30 }, 31));
  });

  it('counts the guide whatever the permit’s standing: the guide already exists', () => {
    spec.given([...working, suspended]).when(move([cedro(5)])).then([moved([{ species: CEDRO, m3: 5 }], [after(CEDRO, 90, 5)])]);
    spec.given([...working, cancelled]).when(move([cedro(5)])).then([moved([{ species: CEDRO, m3: 5 }], [after(CEDRO, 90, 5)])]);
  });

  it('needs a registered permit, a plan it has and species the plan authorises', () => {
    spec.given([]).when(move([cedro(5)])).then(new PermitNotFound(PERMIT));
    spec.given(working).when(move([cedro(5)], GUIDE, 'POA-7')).then(new HarvestPlanNotFound(PERMIT, 'POA-7'));
    spec.given(working).when(move([cedro(5, 'Swietenia macrophylla')])).then(new SpeciesNotInPlan(PLAN, 'Swietenia macrophylla'));
  });

  it('needs a guide number and at least one line with a volume above zero', () => {
    spec.given(working).when(move([cedro(5)], ' ')).then(new BlankField('guideNumber'));
    spec.given(working).when(move([])).then(new NoSpecies('lines'));
    spec.given(working).when(move([cedro(5), cedro(0)])).then(new VolumeNotPositive('lines[1].volume', 0));
  });

  describe('of a product traded by weight', () => {
    const cedroTimber = [...harvestingTara, extracted('LOT-C', 50)];
    const taraMoved = (kgMoved: number, balances = [taraAfter(1200, kgMoved)]) => ({
      type: 'VolumeMoved' as const,
      data: { permitId: PERMIT, planId: PLAN, guideNumber: GUIDE, lines: [{ species: TARA, volume: kg(kgMoved) }], balances },
    });

    it('counts kg against the quota in kg', () => {
      spec.given(harvestingTara).when(move([{ species: TARA, volume: kg(400) }, { species: ' caesalpinia  spinosa', volume: kg(100.5) }])).then([taraMoved(500.5)]);
      expect(balance(fold(permitDecider, [...harvestingTara, taraMoved(500.5)]))[1]).toEqual({
        planId: PLAN,
        species: TARA,
        authorisedKg: 5000,
        extractedKg: 1200,
        movedKg: 500.5,
        remainingKg: 3800,
        movableKg: 699.5,
      });
    });

    it('counts timber in m³ and tara in kg on the same guide, never adding one to the other', () => {
      const cedroAfter = { planId: PLAN, species: CEDRO, authorisedM3: 100, extractedM3: 50, movedM3: 20, remainingM3: 50, movableM3: 30 };
      spec
        .given(cedroTimber)
        .when(move([{ species: CEDRO, volume: cubicMetres(20) }, { species: TARA, volume: kg(400) }]))
        .then([
          {
            type: 'VolumeMoved',
            data: {
              permitId: PERMIT,
              planId: PLAN,
              guideNumber: GUIDE,
              // Ordered by species: Caesalpinia before Cedrela.
              lines: [{ species: TARA, volume: kg(400) }, { species: CEDRO, volume: cubicMetres(20) }],
              balances: [taraAfter(1200, 400), cedroAfter],
            },
          },
        ]);
    });

    it('never moves more kg than were extracted, saying so in kg', () => {
      const beyond = new MovedBeyondExtracted(GUIDE, taraAfter(1200), 1200.5);
      spec.given(harvestingTara).when(move([{ species: TARA, volume: kg(1200.5) }])).then(beyond);
      expect(beyond.message).toBe(`Guide ${GUIDE} moves 1200.5 kg of ${TARA}; plan ${PLAN} has 1200 kg extracted and 0 kg moved`);
      expect(beyond.details).toMatchObject({ extractedKg: 1200, movedKg: 0, requestedKg: 1200.5 });
      expect(beyond.details).not.toHaveProperty('requestedM3');
    });

    it('refuses a line in another measure than its quota’s, to be recorded as a guide not counted', () => {
      const kgOfCedro = move([{ species: TARA, volume: kg(100) }, { species: CEDRO, volume: kg(20) }]);
      spec.given(cedroTimber).when(kgOfCedro).then(new MeasureMismatch('lines[1].volume', 'volume', 'kg'));
      spec.given(cedroTimber).when(move([{ species: TARA, volume: cubicMetres(1) }])).then(new MeasureMismatch('lines[0].volume', 'weight', 'm3'));
      expect(guideNotCounted(kgOfCedro, new MeasureMismatch('lines[1].volume', 'volume', 'kg'))).toEqual({
        type: 'GuideNotCounted',
        data: {
          permitId: PERMIT,
          planId: PLAN,
          guideNumber: GUIDE,
          lines: [{ species: TARA, volume: kg(100) }, { species: CEDRO, volume: kg(20) }],
          refusal: expect.objectContaining({ kind: 'invalid', error: 'measure_mismatch', details: { field: 'lines[1].volume', expected: 'volume', unit: 'kg' } }),
        },
      });
    });
  });
});
