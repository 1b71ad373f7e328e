import { describe, it } from '@jest/globals';
import { cubicMetres } from '#shared-kernel';
import { deciderSpec } from '#testing';
import { processorDecider } from './processor.decider.js';
import {
  InputLotHeld,
  InsufficientInventory,
  InvalidTransformation,
  InvalidYieldFact,
  LotNotInInventory,
  OutputLotIdTaken,
  OutputSpeciesNotInInputs,
  ProcessorKindCannotTransform,
  ProcessorNotAuthorised,
  ProcessorNotFound,
  TransformationAlreadyRecorded,
  TransformationBeforeInput,
  VolumeNotPositive,
  WeightProductNotTransformable,
  YieldCoefficientMissing,
  YieldExceeded,
} from './processor.errors.js';
import type { ProcessorEvent } from './processor.events.js';
import type { TimberProduct } from './processor.js';
import type { SpeciesYield } from './processor.yield.js';
import { AT, CEDRO, held, holdsAfter, received, receivedKg, registered, registration, releasedFromHold, SAWMILL, suspended, TARA, TORNILLO, transform, YIELDS } from './processor.fixtures.spec.js';

const spec = deciderSpec(processorDecider);
const stocked = [registered, received('LOT-1', 10)];

const input = (lotId: string, volume: number, species = CEDRO, productType: TimberProduct = 'roundwood') => ({ lotId, species, productType, volume: cubicMetres(volume) });
const output = (lotId: string, volume: number, parents: [string, number][], species = CEDRO, productType: TimberProduct = 'sawn_wood') => ({
  lotId,
  species,
  productType,
  volume: cubicMetres(volume),
  parents: parents.map(([parent, share]) => ({ lotId: parent, volume: cubicMetres(share) })),
});
/** One species judged: its input, the input its output needs, and per product the maximum yield, allowed and requested m³. */
const judged = (inputM3: number, inputNeededM3: number, lines: [TimberProduct, number, number, number][], species = CEDRO): SpeciesYield => ({
  species,
  inputM3,
  inputNeededM3,
  lines: lines.map(([outputProduct, maxYield, allowedM3, requestedM3]) => ({ outputProduct, maxYield, allowedM3, requestedM3 })),
});
const recorded = (inputs: ReturnType<typeof input>[], outputs: ReturnType<typeof output>[], yields: SpeciesYield[], transformationId = 'TR-1'): ProcessorEvent => ({
  type: 'TransformationRecorded',
  data: { facilityId: SAWMILL, transformationId, at: AT, inputs, outputs, yields },
});
/** LOT-1 sawn whole at the cap. */
const sawnAtCap = recorded([input('LOT-1', 10)], [output('SAWN-1', 3.5, [['LOT-1', 10]])], [judged(10, 10, [['sawn_wood', 0.35, 3.5, 3.5]])]);
const sawnInPart = recorded([input('LOT-1', 4)], [output('SAWN-1', 1.4, [['LOT-1', 4]])], [judged(4, 4, [['sawn_wood', 0.35, 1.4, 1.4]])]);

describe('recording a transformation within yield', () => {
  it('turns inventory into product lots whose parents are the inputs', () => {
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 3.5]])).then([sawnAtCap]);
  });

  it('takes part of a lot, leaving the rest for later', () => {
    spec.given(stocked).when(transform([['LOT-1', 4]], [['SAWN-1', 1.4]])).then([sawnInPart]);
    spec.given([...stocked, sawnInPart]).when(transform([['LOT-1', 6]], [['SAWN-2', 2.1]], { transformationId: 'TR-2' })).then([
      recorded([input('LOT-1', 6)], [output('SAWN-2', 2.1, [['LOT-1', 6]])], [judged(6, 6, [['sawn_wood', 0.35, 2.1, 2.1]])], 'TR-2'),
    ]);
  });

  it('shares each species’ inputs among that species’ outputs, in proportion to their volumes', () => {
    spec
      .given([...stocked, received('LOT-2', 4), received('LOT-3', 5, { species: TORNILLO })])
      .when(transform([['LOT-1', 6], ['LOT-2', 4], ['LOT-3', 5]], [['SAWN-1', 2], ['SAWN-2', 1.5], ['SAWN-3', 1.75, TORNILLO]]))
      .then([
        recorded(
          [input('LOT-1', 6), input('LOT-2', 4), input('LOT-3', 5, TORNILLO)],
          [
            output('SAWN-1', 2, [['LOT-1', 3.4286], ['LOT-2', 2.2857]]),
            output('SAWN-2', 1.5, [['LOT-1', 2.5714], ['LOT-2', 1.7143]]),
            output('SAWN-3', 1.75, [['LOT-3', 5]], TORNILLO),
          ],
          [judged(10, 10, [['sawn_wood', 0.35, 3.5, 3.5]]), judged(5, 5, [['sawn_wood', 0.35, 1.75, 1.75]], TORNILLO)],
        ),
      ]);
  });

  it('names an output species as its input does, whatever the case and spacing', () => {
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 3.5, 'cedrela   ODORATA']])).then([sawnAtCap]);
  });

  it('uses the species’ own coefficient, else its genus’s, before the one for every species', () => {
    const facts = (species: string, maxYield: number) => ({ yieldFacts: [{ species, inputProduct: 'roundwood' as const, outputProduct: 'sawn_wood' as const, maxYield }, ...transform([], []).data.yieldFacts] });
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 5]], facts('cedrela  ODORATA', 0.5))).then([recorded([input('LOT-1', 10)], [output('SAWN-1', 5, [['LOT-1', 10]])], [judged(10, 10, [['sawn_wood', 0.5, 5, 5]])])]);
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 4]], facts('Cedrela', 0.4))).then([recorded([input('LOT-1', 10)], [output('SAWN-1', 4, [['LOT-1', 10]])], [judged(10, 10, [['sawn_wood', 0.4, 4, 4]])])]);
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 4]], facts('Swietenia', 0.9))).then(new YieldExceeded('TR-1', [
      judged(10, 11.4286, [['sawn_wood', 0.35, 3.5, 4]]),
    ]));
  });

  it('puts the product lots into the inventory, to ship or transform again', () => {
    const yieldFacts = [{ species: '*', inputProduct: 'sawn_wood' as const, outputProduct: 'sliced_veneer' as const, maxYield: 0.8 }];
    spec.given([...stocked, sawnAtCap]).when(transform([['SAWN-1', 3.5]], [['VENEER-1', 2.8, CEDRO, 'sliced_veneer']], { transformationId: 'TR-2', yieldFacts })).then([
      recorded([input('SAWN-1', 3.5, CEDRO, 'sawn_wood')], [output('VENEER-1', 2.8, [['SAWN-1', 3.5]], CEDRO, 'sliced_veneer')], [judged(3.5, 3.5, [['sliced_veneer', 0.8, 2.8, 2.8]])], 'TR-2'),
    ]);
  });
});

describe('output above the maximum yield (laundering pattern 3)', () => {
  it('is refused, with the input, maximum yield, allowed and requested volumes', () => {
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 3.5001]])).then(new YieldExceeded('TR-1', [
      judged(10, 10.0003, [['sawn_wood', 0.35, 3.5, 3.5001]]),
    ]));
  });

  it('counts every product made from the same input against it', () => {
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 2], ['VENEER-1', 2.5, CEDRO, 'sliced_veneer']])).then(new YieldExceeded('TR-1', [
      judged(10, 11.2698, [['sawn_wood', 0.35, 3.5, 2], ['sliced_veneer', 0.45, 4.5, 2.5]]),
    ]));
  });

  it('is judged per species: one species’ waste never covers another’s output', () => {
    spec
      .given([...stocked, received('LOT-3', 1, { species: TORNILLO })])
      .when(transform([['LOT-1', 10], ['LOT-3', 1]], [['SAWN-1', 1], ['SAWN-3', 1, TORNILLO]]))
      .then(new YieldExceeded('TR-1', [judged(1, 2.8571, [['sawn_wood', 0.35, 0.35, 1]], TORNILLO)]));
  });

  it('stands as a declared exception, recorded and flagged', () => {
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 4]], { exception: { reason: 'high-grade logs, yield study attached' } })).then([
      recorded([input('LOT-1', 10)], [output('SAWN-1', 4, [['LOT-1', 10]])], [judged(10, 11.4286, [['sawn_wood', 0.35, 3.5, 4]])]),
      {
        type: 'TransformationFlagged',
        data: {
          facilityId: SAWMILL,
          transformationId: 'TR-1',
          at: AT,
          reason: 'high-grade logs, yield study attached',
          overYield: [judged(10, 11.4286, [['sawn_wood', 0.35, 3.5, 4]])],
        },
      },
    ]);
  });

  it('flags nothing when the exception was not needed', () => {
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 3]], { exception: { reason: 'just in case' } })).then([recorded([input('LOT-1', 10)], [output('SAWN-1', 3, [['LOT-1', 10]])], [judged(10, 8.5714, [['sawn_wood', 0.35, 3.5, 3]])])]);
  });

  it('needs a reason for the exception', () => {
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 4]], { exception: { reason: '  ' } })).then(new InvalidTransformation('TR-1', 'missing_exception_reason'));
  });
});

describe('output above a cap that awaits confirmation', () => {
  const awaiting = (output: TimberProduct) => YIELDS.map((fact) => (fact.outputProduct === output ? { ...fact, unconfirmed: true as const } : fact));
  const cap = (outputProduct: TimberProduct, maxYield: number) => ({ inputProduct: 'roundwood' as const, outputProduct, maxYield });

  it('is recorded with the cap named, neither refused nor flagged, exception or not', () => {
    const sawnOver = recorded([input('LOT-1', 10)], [output('SAWN-1', 4, [['LOT-1', 10]])], [
      { ...judged(10, 11.4286, [['sawn_wood', 0.35, 3.5, 4]]), unconfirmedCaps: [cap('sawn_wood', 0.35)], inputNeededAtConfirmedCapsM3: 4 },
    ]);
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 4]], { yieldFacts: awaiting('sawn_wood') })).then([sawnOver]);
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 4]], { yieldFacts: awaiting('sawn_wood'), exception: { reason: 'high-grade logs' } })).then([sawnOver]);
  });

  it('is recorded while the confirmed caps alone are kept, the unconfirmed one limiting nothing', () => {
    // 3 m³ sawn at the confirmed 35 % need 8.5714 m³; 1 m³ of veneer 2.2222 m³ at its unconfirmed 45 %, 1 m³ without it.
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 3], ['VENEER-1', 1, CEDRO, 'sliced_veneer']], { yieldFacts: awaiting('sliced_veneer') })).then([
      recorded(
        [input('LOT-1', 10)],
        [output('SAWN-1', 3, [['LOT-1', 7.5]]), output('VENEER-1', 1, [['LOT-1', 2.5]], CEDRO, 'sliced_veneer')],
        [{ ...judged(10, 10.7937, [['sawn_wood', 0.35, 3.5, 3], ['sliced_veneer', 0.45, 4.5, 1]]), unconfirmedCaps: [cap('sliced_veneer', 0.45)], inputNeededAtConfirmedCapsM3: 9.5714 }],
      ),
    ]);
  });

  it('is refused when the confirmed caps are exceeded too, whatever caps beside them await confirmation', () => {
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 3], ['VENEER-1', 2, CEDRO, 'sliced_veneer']], { yieldFacts: awaiting('sliced_veneer') })).then(new YieldExceeded('TR-1', [
      { ...judged(10, 13.0159, [['sawn_wood', 0.35, 3.5, 3], ['sliced_veneer', 0.45, 4.5, 2]]), unconfirmedCaps: [cap('sliced_veneer', 0.45)], inputNeededAtConfirmedCapsM3: 10.5714 },
    ]));
  });
});

describe('a lot custody holds', () => {
  const immobilised = held('LOT-1');
  const sawing = (notes: Parameters<typeof holdsAfter>[0]) => transform([['LOT-1', 10]], [['SAWN-1', 3.5]], { holds: holdsAfter(notes) });

  it('is refused while immobilised, naming the lot and the case, and nothing is recorded', () => {
    spec.given(stocked).when(sawing([immobilised])).then(new InputLotHeld(immobilised.data));
  });

  it('is transformed once the case that immobilised it released it', () => {
    spec.given(stocked).when(sawing([immobilised, releasedFromHold('LOT-1')])).then([sawnAtCap]);
  });

  it('stays held when the hold was noted before the lot arrived', () => {
    const early = held('LOT-1', { at: '2026-05-01T08:00:00-05:00' });
    spec.given([registered, received('LOT-1', 10, { at: '2026-05-02T10:00:00-05:00' })]).when(sawing([early])).then(new InputLotHeld(early.data));
  });

  it('is refused however early the transformation says it happened: the hold is in force now', () => {
    const later = held('LOT-1', { at: '2026-06-01T08:00:00-05:00' });
    spec.given(stocked).when(sawing([later])).then(new InputLotHeld(later.data));
  });

  it('is refused for good once confiscated', () => {
    const confiscated = held('LOT-1', { kind: 'confiscated' });
    spec.given(stocked).when(sawing([immobilised, confiscated])).then(new InputLotHeld(confiscated.data));
    spec.given(stocked).when(sawing([confiscated])).then(new InputLotHeld(confiscated.data));
  });

  it('refuses the whole transformation when one input of several is held', () => {
    const other = held('LOT-2', { caseRef: 'SCAN/UC-CFB-K010/S-1' });
    spec
      .given([...stocked, received('LOT-2', 4)])
      .when(transform([['LOT-1', 10], ['LOT-2', 4]], [['SAWN-1', 4.9]], { holds: holdsAfter([other]) }))
      .then(new InputLotHeld(other.data));
  });
});

describe('refusing a transformation', () => {
  it('of a lot the processor never received (laundering pattern 7: no licensed inflow)', () => {
    spec.given(stocked).when(transform([['LOT-1', 5], ['LOT-X', 5]], [['SAWN-1', 3]])).then(new LotNotInInventory(SAWMILL, 'LOT-X'));
  });

  it('of a non_timber lot, traded by weight: no yield coefficient covers it, alone or among timber', () => {
    spec.given([registered, receivedKg('TARA-1', 850)]).when(transform([['TARA-1', 1]], [['SAWN-1', 0.3, TARA]])).then(new WeightProductNotTransformable('TARA-1', TARA));
    spec.given([...stocked, receivedKg('TARA-1', 850)]).when(transform([['LOT-1', 10], ['TARA-1', 1]], [['SAWN-1', 3.5]])).then(new WeightProductNotTransformable('TARA-1', TARA));
  });

  it('taking more of a lot than remains', () => {
    spec.given(stocked).when(transform([['LOT-1', 10.5]], [['SAWN-1', 3]])).then(new InsufficientInventory('LOT-1', 10.5, 10));
    spec.given([...stocked, sawnInPart]).when(transform([['LOT-1', 7]], [['SAWN-2', 2]], { transformationId: 'TR-2' })).then(new InsufficientInventory('LOT-1', 7, 6));
  });

  it('making a species none of the inputs are', () => {
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 1, 'Swietenia macrophylla']])).then(new OutputSpeciesNotInInputs('SAWN-1', 'Swietenia macrophylla', [CEDRO]));
  });

  it('without a yield coefficient in force for what it makes', () => {
    spec.given(stocked).when(transform([['LOT-1', 10]], [['VENEER-1', 1, CEDRO, 'sliced_veneer']], { yieldFacts: [] })).then(new YieldCoefficientMissing(CEDRO, 'roundwood', 'sliced_veneer'));
  });

  it('with a yield fact outside (0, 1]', () => {
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 1]], { yieldFacts: [{ species: '*', inputProduct: 'roundwood', outputProduct: 'sawn_wood', maxYield: 1.2 }] })).then(new InvalidYieldFact('*', 'roundwood', 'sawn_wood', 1.2));
  });

  it('without inputs or outputs, or naming a lot twice', () => {
    spec.given(stocked).when(transform([], [['SAWN-1', 1]])).then(new InvalidTransformation('TR-1', 'no_inputs'));
    spec.given(stocked).when(transform([['LOT-1', 10]], [])).then(new InvalidTransformation('TR-1', 'no_outputs'));
    spec.given(stocked).when(transform([['LOT-1', 5], ['LOT-1', 5]], [['SAWN-1', 1]])).then(new InvalidTransformation('TR-1', 'duplicate_lot', { lotId: 'LOT-1' }));
    spec.given(stocked).when(transform([['LOT-1', 10]], [['LOT-1', 1]])).then(new InvalidTransformation('TR-1', 'duplicate_lot', { lotId: 'LOT-1' }));
  });

  it('giving a product lot an id already in the inventory', () => {
    spec.given([...stocked, received('LOT-2', 4)]).when(transform([['LOT-1', 10]], [['LOT-2', 1]])).then(new OutputLotIdTaken('LOT-2'));
  });

  it('with no volume in or out', () => {
    spec.given(stocked).when(transform([['LOT-1', 0]], [['SAWN-1', 1]])).then(new VolumeNotPositive('inputs[0].volume', 0));
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 0]])).then(new VolumeNotPositive('outputs[0].volume', 0));
  });

  it('dated before an input arrived, or before the product it works was made', () => {
    const arrived = '2026-05-10T09:00:00-05:00';
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 3.5]], { at: '2026-05-10T08:59:00-05:00' })).then(new TransformationBeforeInput('LOT-1', arrived, '2026-05-10T08:59:00-05:00'));
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 3.5]], { at: '2026-05-09' })).then(new TransformationBeforeInput('LOT-1', arrived, '2026-05-09'));
    const veneering = transform([['SAWN-1', 3.5]], [['VENEER-1', 1, CEDRO, 'sliced_veneer']], { transformationId: 'TR-2', at: '2026-05-10T08:00:00-05:00', yieldFacts: [...YIELDS, { species: '*', inputProduct: 'sawn_wood', outputProduct: 'sliced_veneer', maxYield: 0.5 }] });
    spec.given([...stocked, sawnAtCap]).when(veneering).then(new TransformationBeforeInput('SAWN-1', AT, '2026-05-10T08:00:00-05:00'));
  });

  it('dated on the day an input arrived, as a date alone, is not before it', () => {
    const sameDay = recorded([input('LOT-1', 10)], [output('SAWN-1', 3.5, [['LOT-1', 10]])], [judged(10, 10, [['sawn_wood', 0.35, 3.5, 3.5]])]);
    spec.given(stocked).when(transform([['LOT-1', 10]], [['SAWN-1', 3.5]], { at: '2026-05-10' })).then([{ ...sameDay, data: { ...sameDay.data, at: '2026-05-10' } } as ProcessorEvent]);
  });

  it('recorded already', () => {
    spec.given([...stocked, sawnInPart]).when(transform([['LOT-1', 4]], [['SAWN-2', 1]])).then(new TransformationAlreadyRecorded('TR-1'));
  });

  it('at a depot or an export yard, which store and ship but do not saw', () => {
    spec.given([{ type: 'ProcessorRegistered', data: { ...registration, kind: 'depot' } }, received('LOT-1', 10)]).when(transform([['LOT-1', 10]], [['SAWN-1', 1]])).then(new ProcessorKindCannotTransform(SAWMILL, 'depot'));
    spec.given([{ type: 'ProcessorRegistered', data: { ...registration, kind: 'export_yard' } }, received('LOT-1', 10)]).when(transform([['LOT-1', 10]], [['SAWN-1', 1]])).then(new ProcessorKindCannotTransform(SAWMILL, 'export_yard'));
  });

  it('while the processor is not authorised, or unregistered', () => {
    spec.given([...stocked, suspended('2026-05-01')]).when(transform([['LOT-1', 10]], [['SAWN-1', 1]])).then(new ProcessorNotAuthorised(SAWMILL, AT, 'suspended', registration.validity));
    spec.given([]).when(transform([['LOT-1', 10]], [['SAWN-1', 1]])).then(new ProcessorNotFound());
  });
});
