import { describe, expect, it } from '@jest/globals';
import { cubicMetres, fold } from '#shared-kernel';
import { permitDecider } from '../domain/permit.decider.js';
import type { PermitEvent } from '../domain/permit.events.js';
import type { Permit } from '../domain/permit.state.js';
import { after, CEDRO, HARVEST_AREA, harvestingTara, HOLDER, measure, moved, PERMIT, PERMIT_AREA, PLAN, suspended, TARA, TORNILLO, working } from '../domain/permit.fixtures.spec.js';
import { permitView } from './permit-view.js';

const permit = (events: readonly PermitEvent[]): Permit => fold(permitDecider, events)!;

describe('the live view of a permit', () => {
  it('gives the permit, its standing and every plan’s figures per species in m³', () => {
    const guide = moved([{ species: CEDRO, m3: 30 }], [after(CEDRO, 90, 30)]);
    expect(permitView(permit([...working, guide]))).toEqual({
      permitId: PERMIT,
      kind: 'concession',
      holderTaxId: HOLDER,
      authority: 'GERFOR Ucayali',
      resolutionNumber: 'RD-0123-2022-GRU-GGR-GERFOR',
      area: PERMIT_AREA,
      validity: { from: '2022-03-01', to: '2062-02-28' },
      status: 'active',
      plans: [
        {
          planId: PLAN,
          validity: { from: '2026-01-01', to: '2026-12-31' },
          harvestAreas: [HARVEST_AREA],
          species: [
            { species: CEDRO, authorisedM3: 100, extractedM3: 90, movedM3: 30, remainingM3: 10, movableM3: 60, minimumCuttingDiameterCm: 65 },
            { species: TORNILLO, authorisedM3: 400, extractedM3: 0, movedM3: 0, remainingM3: 400, movableM3: 0 },
          ],
        },
      ],
      guidesNotCounted: [],
    });
  });

  it('lists the guides that could not be counted, with why, and leaves the balance as it was', () => {
    const refusal = { kind: 'conflict', error: 'moved_beyond_extracted', message: 'Only 90 m³ extracted', details: {} } as const;
    const notCounted: PermitEvent = { type: 'GuideNotCounted', data: { permitId: PERMIT, planId: PLAN, guideNumber: 'GTF-9', lines: [{ species: CEDRO, volume: cubicMetres(95) }], refusal } };
    const view = permitView(permit([...working, notCounted]));
    expect(view.guidesNotCounted).toEqual([{ planId: PLAN, guideNumber: 'GTF-9', lines: [{ species: CEDRO, volume: cubicMetres(95) }], refusal }]);
    expect(view.plans[0]?.species[0]).toMatchObject({ extractedM3: 90, movedM3: 0 });
  });

  it('gives a product traded by weight its figures in kg, and no m³ figure', () => {
    expect(permitView(permit(harvestingTara)).plans[0]?.species).toEqual([
      { species: CEDRO, authorisedM3: 100, extractedM3: 0, movedM3: 0, remainingM3: 100, movableM3: 0 },
      { species: TARA, authorisedKg: 5000, extractedKg: 1200, movedKg: 0, remainingKg: 3800, movableKg: 1200 },
    ]);
  });

  it('names the last measure on the standing', () => {
    const view = permitView(permit([...working, suspended, { type: 'PermitReinstated', data: measure('PAU archivado', 'GERFOR Ucayali') }]));
    expect(view).toMatchObject({ status: 'active', lastMeasure: { authority: 'GERFOR Ucayali', reason: 'PAU archivado', at: measure().at } });
    expect(permitView(permit(working))).not.toHaveProperty('lastMeasure');
  });
});
