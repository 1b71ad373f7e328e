import { describe, expect, it } from '@jest/globals';
import { fold } from '#shared-kernel';
import { balance, cumulativeYield } from './processor.balance.js';
import { processorDecider } from './processor.decider.js';
import type { ProcessorEvent } from './processor.events.js';
import { CEDRO, received, receivedKg, registered, TARA, TORNILLO, transform, YIELDS } from './processor.fixtures.spec.js';

/** Decides and folds each command in turn after the history. */
function run(history: readonly ProcessorEvent[], ...commands: ReturnType<typeof transform>[]) {
  return fold(processorDecider, commands.reduce((events, command) => [...events, ...processorDecider.decide(command, fold(processorDecider, events))], [...history]));
}

const stocked = [registered, received('LOT-1', 10), received('LOT-2', 8), received('LOT-3', 5, { species: TORNILLO })];
const sawn = transform([['LOT-1', 10]], [['SAWN-1', 3.5]]);
const overSawn = transform([['LOT-2', 4]], [['SAWN-2', 1.8]], { transformationId: 'TR-2', exception: { reason: 'test sawing of high-grade logs' } });

describe('the balance of a processor', () => {
  it('sums per species what came in, what was consumed, what was produced and what is in stock', () => {
    expect(balance(run(stocked, sawn, overSawn))).toEqual([
      { species: CEDRO, receivedM3: 18, consumedM3: 14, producedM3: 5.3, inStockM3: 9.3 },
      { species: TORNILLO, receivedM3: 5, consumedM3: 0, producedM3: 0, inStockM3: 5 },
    ]);
  });

  it('keeps a non_timber species in kg, apart from the m³, and leaves it out of the yield judgement', () => {
    const state = run([...stocked, receivedKg('TARA-1', 850)], sawn);
    expect(balance(state)).toContainEqual({ species: TARA, receivedM3: 0, consumedM3: 0, producedM3: 0, inStockM3: 0, weight: { receivedKg: 850, inStockKg: 850 } });
    expect(cumulativeYield(state).map((line) => line.species)).toEqual([CEDRO]);
  });

  it('is empty for a processor not registered', () => {
    expect(balance(undefined)).toEqual([]);
    expect(cumulativeYield(undefined)).toEqual([]);
  });
});

describe('cumulative output against cumulative input × maximum yield', () => {
  it('stays within yield while every transformation did', () => {
    expect(cumulativeYield(run(stocked, sawn))).toEqual([{ species: CEDRO, inputM3: 10, inputNeededM3: 10, producedM3: 3.5, withinYield: true }]);
  });

  it('shows a species pushed over by a flagged exception', () => {
    expect(cumulativeYield(run(stocked, sawn, overSawn))).toEqual([{ species: CEDRO, inputM3: 14, inputNeededM3: 15.1429, producedM3: 5.3, withinYield: false }]);
  });

  it('follows product lots transformed again without counting their yield twice', () => {
    const yieldFacts = [...YIELDS, { species: '*', inputProduct: 'sawn_wood' as const, outputProduct: 'sliced_veneer' as const, maxYield: 0.8 }];
    const veneered = transform([['SAWN-1', 3.5]], [['VENEER-1', 2.8, CEDRO, 'sliced_veneer']], { transformationId: 'TR-2', yieldFacts });
    const state = run([registered, received('LOT-1', 10)], sawn, veneered);
    expect(cumulativeYield(state)).toEqual([{ species: CEDRO, inputM3: 13.5, inputNeededM3: 13.5, producedM3: 6.3, withinYield: true }]);
    expect(balance(state)).toEqual([{ species: CEDRO, receivedM3: 10, consumedM3: 13.5, producedM3: 6.3, inStockM3: 2.8 }]);
  });

  it('keeps the judgement made with the yield facts in force at the time', () => {
    const generous = transform([['LOT-1', 10]], [['SAWN-1', 5]], { yieldFacts: [{ species: CEDRO, inputProduct: 'roundwood', outputProduct: 'sawn_wood', maxYield: 0.5 }] });
    expect(cumulativeYield(run(stocked, generous))).toEqual([{ species: CEDRO, inputM3: 10, inputNeededM3: 10, producedM3: 5, withinYield: true }]);
  });
});
