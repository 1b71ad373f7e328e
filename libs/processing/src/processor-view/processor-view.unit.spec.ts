import { describe, expect, it } from '@jest/globals';
import { cubicMetres, fold } from '#shared-kernel';
import { processorDecider } from '../domain/processor.decider.js';
import type { ProcessorEvent } from '../domain/processor.events.js';
import { CEDRO, received, receivedKg, registered, registration, reinstated, SAWMILL, suspended, TARA, TORNILLO, transform, YIELDS } from '../domain/processor.fixtures.spec.js';
import type { ProcessorRecord } from '../processor-record.js';
import { processorBalance, processorView, transformationHistory } from './processor-view.js';

/** Decides each command after the history, as the stream would hold the result. */
function history(start: readonly ProcessorEvent[], ...commands: ReturnType<typeof transform>[]): ProcessorEvent[] {
  return commands.reduce<ProcessorEvent[]>((events, command) => [...events, ...processorDecider.decide(command, fold(processorDecider, events))], [...start]);
}

function recordOf(events: readonly ProcessorEvent[]): ProcessorRecord {
  return { registration, processor: fold(processorDecider, events)!, events };
}

const stocked = [registered, received('LOT-1', 10), received('LOT-2', 8), received('LOT-3', 5, { species: TORNILLO })];
const sawn = transform([['LOT-1', 10]], [['SAWN-1', 3.5]]);
const overSawn = transform([['LOT-2', 4]], [['SAWN-2', 1.8]], { transformationId: 'TR-2', exception: { reason: 'high-grade logs' } });

describe('the view of a processor', () => {
  it('lists the lots it holds with the volume left, received or produced, and leaves out those consumed', () => {
    const view = processorView(recordOf(history(stocked, sawn)), '2026-05-20');
    expect(view.inventory).toEqual([
      { lotId: 'LOT-2', species: CEDRO, productType: 'roundwood', remainingM3: 8, receivedUnder: 'GTF-LOT-2' },
      { lotId: 'LOT-3', species: TORNILLO, productType: 'roundwood', remainingM3: 5, receivedUnder: 'GTF-LOT-3' },
      { lotId: 'SAWN-1', species: CEDRO, productType: 'sawn_wood', remainingM3: 3.5, producedBy: 'TR-1' },
    ]);
    expect(view).toMatchObject({ facilityId: SAWMILL, holderTaxId: registration.holderTaxId, authority: 'ARFFS-UCAYALI', resolution: registration.resolution, position: registration.position });
  });

  it('gives what is left of a non_timber lot in kg, never in an m³ field', () => {
    const view = processorView(recordOf([registered, received('LOT-1', 10), receivedKg('TARA-1', 850)]), '2026-05-20');
    expect(view.inventory).toEqual([
      { lotId: 'LOT-1', species: CEDRO, productType: 'roundwood', remainingM3: 10, receivedUnder: 'GTF-LOT-1' },
      { lotId: 'TARA-1', species: TARA, productType: 'non_timber', remainingKg: 850, receivedUnder: 'GTF-TARA-1' },
    ]);
  });

  it('tells the standing at the time asked, by the same rule the decider refuses with', () => {
    const events = [...stocked, suspended('2026-06-01'), reinstated('2026-06-15')];
    expect(processorView(recordOf(events), '2026-05-20').standing).toBe('authorised');
    expect(processorView(recordOf(events), '2026-06-10').standing).toBe('suspended');
    expect(processorView(recordOf(events), '2027-01-01').standing).toBe('expired');
    expect(processorView(recordOf(events), '2025-12-31').standing).toBe('not_yet_valid');
    expect(processorView(recordOf(events), '2026-06-10').suspensions).toEqual([{ from: '2026-06-01', until: '2026-06-15' }]);
  });
});

describe('the balance of a processor', () => {
  it('gives input, output, yield and the judgement per species and overall', () => {
    const balance = processorBalance(recordOf(history(stocked, sawn)));
    expect(balance).toEqual({
      facilityId: SAWMILL,
      species: [
        { species: CEDRO, receivedM3: 18, consumedM3: 10, producedM3: 3.5, inStockM3: 11.5, yield: 0.35, judgedInputM3: 10, inputNeededM3: 10, withinYield: true },
        { species: TORNILLO, receivedM3: 5, consumedM3: 0, producedM3: 0, inStockM3: 5, yield: null, judgedInputM3: 0, inputNeededM3: 0, withinYield: true },
      ],
      overall: { receivedM3: 23, consumedM3: 10, producedM3: 3.5, inStockM3: 16.5, yield: 0.35, judgedInputM3: 10, inputNeededM3: 10, withinYield: true },
    });
  });

  it('keeps kg received by weight beside the m³ figures, never in them', () => {
    const balance = processorBalance(recordOf(history([...stocked, receivedKg('TARA-1', 850), receivedKg('TARA-2', 120.5)], sawn)));
    expect(balance.species).toContainEqual({ species: TARA, receivedM3: 0, consumedM3: 0, producedM3: 0, inStockM3: 0, yield: null, judgedInputM3: 0, inputNeededM3: 0, withinYield: true, receivedKg: 970.5, inStockKg: 970.5 });
    expect(balance.overall).toEqual({ receivedM3: 23, consumedM3: 10, producedM3: 3.5, inStockM3: 16.5, yield: 0.35, judgedInputM3: 10, inputNeededM3: 10, withinYield: true, receivedKg: 970.5, inStockKg: 970.5 });
  });

  it('shows a species pushed over yield by a flagged exception, and so the whole facility', () => {
    const balance = processorBalance(recordOf(history(stocked, sawn, overSawn)));
    expect(balance.species[0]).toMatchObject({ species: CEDRO, consumedM3: 14, producedM3: 5.3, yield: 0.3786, judgedInputM3: 14, inputNeededM3: 15.1429, withinYield: false });
    expect(balance.overall).toMatchObject({ consumedM3: 14, producedM3: 5.3, withinYield: false });
  });
});

describe('the transformations of a processor', () => {
  it('lists them oldest first, with the flag of the one that stood as an exception', () => {
    const transformations = transformationHistory(history(stocked, sawn, overSawn));
    expect(transformations.map((t) => [t.transformationId, t.flagged?.reason])).toEqual([
      ['TR-1', undefined],
      ['TR-2', 'high-grade logs'],
    ]);
    expect(transformations[0]).not.toHaveProperty('flagged');
    expect(transformations[1]?.outputs).toEqual([{ lotId: 'SAWN-2', species: CEDRO, productType: 'sawn_wood', volume: cubicMetres(1.8), parents: [{ lotId: 'LOT-2', volume: cubicMetres(4) }] }]);
    expect(transformations[1]?.flagged?.overYield).toMatchObject([{ species: CEDRO, inputM3: 4, inputNeededM3: 5.1429 }]);
  });

  it('shows output over a cap that awaits confirmation as an observation, unflagged', () => {
    const awaiting = YIELDS.map((fact) => ({ ...fact, unconfirmed: true as const }));
    const overUnconfirmed = transform([['LOT-2', 4]], [['SAWN-2', 1.8]], { transformationId: 'TR-2', yieldFacts: awaiting });
    const transformations = transformationHistory(history(stocked, sawn, overUnconfirmed));
    expect(transformations[0]).not.toHaveProperty('overUnconfirmedCaps');
    expect(transformations[1]).not.toHaveProperty('flagged');
    expect(transformations[1]?.overUnconfirmedCaps).toMatchObject([
      { species: CEDRO, inputM3: 4, inputNeededM3: 5.1429, inputNeededAtConfirmedCapsM3: 1.8, unconfirmedCaps: [{ inputProduct: 'roundwood', outputProduct: 'sawn_wood', maxYield: 0.35 }] },
    ]);
  });
});
