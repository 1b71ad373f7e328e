import { describe, expect, it } from '@jest/globals';
import { cubicMetres, fold, type Recorded } from '#shared-kernel';
import { permitDecider } from '../domain/permit.decider.js';
import type { PermitEvent } from '../domain/permit.events.js';
import { cancelled, CEDRO, extract, kg, mixedPlanApproved, move, PERMIT, planApproved, registered, suspended, TARA, TORNILLO } from '../domain/permit.fixtures.spec.js';
import { permitView, type PermitView } from '../permit-view/permit-view.js';
import { permitListProjection } from './permit-list.projection.js';

const recorded = (event: PermitEvent): Recorded<PermitEvent> => ({ ...event, streamId: `permit-${PERMIT}` }) as unknown as Recorded<PermitEvent>;

/** Folds events as the runner does: each into the rows its keys name, a JSON round trip between batches. */
function project(events: readonly PermitEvent[]): Map<string, PermitView> {
  const rows = new Map<string, PermitView>();
  for (const event of events.map(recorded)) {
    for (const key of permitListProjection.keys(event)) {
      const next = permitListProjection.evolve(rows.get(key), event);
      if (next === null) rows.delete(key);
      else rows.set(key, JSON.parse(JSON.stringify(next)) as PermitView);
    }
  }
  return rows;
}

/** A history as the decider writes it: each command decided on the state the earlier events fold to. */
function history(...commands: Parameters<typeof permitDecider.decide>[0][]): PermitEvent[] {
  return historyFrom([registered, planApproved], ...commands);
}

function historyFrom(start: readonly PermitEvent[], ...commands: Parameters<typeof permitDecider.decide>[0][]): PermitEvent[] {
  return commands.reduce<PermitEvent[]>((events, command) => [...events, ...permitDecider.decide(command, fold(permitDecider, events))], [...start]);
}

describe('the permit list projection', () => {
  it('keys each permit by its id', () => {
    expect(permitListProjection.keys(recorded(registered))).toEqual([PERMIT]);
    expect(permitListProjection.name).toBe('harvest_permits');
  });

  it('starts a row at registration, active, and adds each approved plan with nothing extracted', () => {
    const row = project([registered, planApproved]).get(PERMIT);
    expect(row).toMatchObject({ permitId: PERMIT, status: 'active', holderTaxId: registered.data.holderTaxId, authority: 'GERFOR Ucayali' });
    expect(row?.plans[0]?.species).toEqual([
      { species: CEDRO, authorisedM3: 100, extractedM3: 0, movedM3: 0, remainingM3: 100, movableM3: 0, minimumCuttingDiameterCm: 65 },
      { species: TORNILLO, authorisedM3: 400, extractedM3: 0, movedM3: 0, remainingM3: 400, movableM3: 0 },
    ]);
  });

  it('takes each species’ balance after extractions and guides', () => {
    const events = history(
      extract({ lotId: 'LOT-1', volume: cubicMetres(40) }),
      extract({ lotId: 'LOT-2', species: TORNILLO, volume: cubicMetres(25) }),
      move([{ species: CEDRO, volume: cubicMetres(15) }, { species: TORNILLO, volume: cubicMetres(25) }]),
    );
    expect(project(events).get(PERMIT)?.plans[0]?.species).toEqual([
      { species: CEDRO, authorisedM3: 100, extractedM3: 40, movedM3: 15, remainingM3: 60, movableM3: 25, minimumCuttingDiameterCm: 65 },
      { species: TORNILLO, authorisedM3: 400, extractedM3: 25, movedM3: 25, remainingM3: 375, movableM3: 0 },
    ]);
  });

  it('follows the standing and keeps the last measure', () => {
    expect(project([registered, suspended]).get(PERMIT)).toMatchObject({ status: 'suspended', lastMeasure: { authority: 'OSINFOR', reason: 'PAU en curso' } });
    expect(project([registered, suspended, cancelled]).get(PERMIT)).toMatchObject({ status: 'cancelled', lastMeasure: { reason: 'caducidad' } });
  });

  it('writes nothing for a permit it never saw registered', () => {
    expect(project([planApproved]).size).toBe(0);
  });

  it('gives the same row the live view gives for the same events', () => {
    const events = [
      ...history(
        extract({ lotId: 'LOT-1', volume: cubicMetres(33.3333) }),
        extract({ lotId: 'LOT-2', volume: { value: 2000, unit: 'board_feet' } }),
        move([{ species: CEDRO, volume: cubicMetres(30) }]),
      ),
      suspended,
    ];
    expect(project(events).get(PERMIT)).toEqual(JSON.parse(JSON.stringify(permitView(fold(permitDecider, events)!))));
  });

  it('keeps a product traded by weight in kg, beside timber in m³, as the live view does', () => {
    const events = historyFrom(
      [registered, mixedPlanApproved],
      extract({ lotId: 'LOT-1', volume: cubicMetres(40) }),
      extract({ lotId: 'LOT-T', species: TARA, volume: kg(1500) }),
      move([{ species: TARA, volume: kg(600) }]),
    );
    const rows = project(events);
    expect(rows.get(PERMIT)?.plans[0]?.species).toEqual([
      { species: CEDRO, authorisedM3: 100, extractedM3: 40, movedM3: 0, remainingM3: 60, movableM3: 40 },
      { species: TARA, authorisedKg: 5000, extractedKg: 1500, movedKg: 600, remainingKg: 3500, movableKg: 900 },
    ]);
    expect(project([registered, mixedPlanApproved]).get(PERMIT)?.plans[0]?.species[1]).toEqual({
      species: TARA,
      authorisedKg: 5000,
      extractedKg: 0,
      movedKg: 0,
      remainingKg: 5000,
      movableKg: 0,
    });
    expect(rows.get(PERMIT)).toEqual(JSON.parse(JSON.stringify(permitView(fold(permitDecider, events)!))));
  });
});
