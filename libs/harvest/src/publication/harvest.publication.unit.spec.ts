import { describe, expect, it } from '@jest/globals';
import { cubicMetres, fold, type Recorded } from '#shared-kernel';
import { permitDecider } from '../domain/permit.decider.js';
import type { PermitEvent } from '../domain/permit.events.js';
import {
  after,
  AT,
  cancelled,
  CEDRO,
  extract,
  harvestingTara,
  HOLDER,
  kg,
  measure,
  moved,
  PERMIT,
  PLAN,
  planApproved,
  PLOT,
  registered,
  suspended,
  TARA,
  taraAfter,
  TORNILLO,
  working,
} from '../domain/permit.fixtures.spec.js';
import { harvestPublication } from './harvest.publication.js';

const recorded = (event: PermitEvent): Recorded<PermitEvent> =>
  ({ ...event, id: 'e-1', streamId: `permit-${PERMIT}`, streamPosition: 1 }) as unknown as Recorded<PermitEvent>;
const publish = (event: PermitEvent) => harvestPublication.publish(recorded(event));

describe('what harvest publishes', () => {
  it('subscribes to every permit event it maps', () => {
    expect(harvestPublication.name).toBe('harvest');
    expect([...harvestPublication.eventTypes].sort()).toEqual(
      ['ExtractionRecorded', 'GuideNotCounted', 'HarvestPlanApproved', 'PermitCancelled', 'PermitRegistered', 'PermitReinstated', 'PermitSuspended', 'VolumeMoved'].sort(),
    );
  });

  it('announces a registered permit as active from the first day of its validity', () => {
    expect(publish(registered)).toEqual([
      {
        type: 'PermitStandingChanged',
        version: 1,
        data: { permitId: PERMIT, status: 'active', reason: 'registered', authority: 'GERFOR Ucayali', at: '2022-03-01' },
      },
    ]);
  });

  it('announces each measure on the standing with its authority, reason and instant', () => {
    expect(publish(suspended)).toEqual([
      { type: 'PermitStandingChanged', version: 1, data: { permitId: PERMIT, status: 'suspended', reason: 'PAU en curso', authority: 'OSINFOR', at: AT } },
    ]);
    expect(publish({ type: 'PermitReinstated', data: measure('PAU archivado', 'GERFOR Ucayali') })).toEqual([
      { type: 'PermitStandingChanged', version: 1, data: { permitId: PERMIT, status: 'active', reason: 'PAU archivado', authority: 'GERFOR Ucayali', at: AT } },
    ]);
    expect(publish(cancelled)).toEqual([
      { type: 'PermitStandingChanged', version: 1, data: { permitId: PERMIT, status: 'cancelled', reason: 'caducidad', authority: 'OSINFOR', at: AT } },
    ]);
  });

  it('publishes an approved plan without its polygons', () => {
    expect(publish(planApproved)).toEqual([
      {
        type: 'HarvestPlanApproved',
        version: 1,
        data: {
          permitId: PERMIT,
          planId: PLAN,
          validity: { from: '2026-01-01', to: '2026-12-31' },
          species: [
            { species: CEDRO, authorised: cubicMetres(100), minimumCuttingDiameterCm: 65 },
            { species: TORNILLO, authorised: cubicMetres(400) },
          ],
        },
      },
    ]);
  });

  it('publishes an extraction as the lot custody starts from, and the species’ balance after it', () => {
    const [event] = permitDecider.decide(extract({ volume: cubicMetres(7.25) }), fold(permitDecider, working));
    expect(publish(event!)).toEqual([
      {
        type: 'LotExtracted',
        version: 1,
        data: {
          lotId: 'LOT-0001',
          permitId: PERMIT,
          planId: PLAN,
          holderTaxId: HOLDER,
          species: CEDRO,
          volume: cubicMetres(7.25),
          pieces: 8,
          harvestDate: '2026-04-20',
          geolocation: PLOT,
        },
      },
      {
        type: 'SpeciesBalanceChanged',
        version: 1,
        data: { permitId: PERMIT, planId: PLAN, species: CEDRO, authorised: cubicMetres(100), extracted: cubicMetres(97.25), moved: cubicMetres(0) },
      },
    ]);
  });

  it('publishes the balance of every species a guide moved', () => {
    const guide = moved([{ species: CEDRO, m3: 20 }, { species: TORNILLO, m3: 5 }], [after(CEDRO, 90, 20), after(TORNILLO, 30, 5)]);
    expect(publish(guide)).toEqual([
      {
        type: 'SpeciesBalanceChanged',
        version: 1,
        data: { permitId: PERMIT, planId: PLAN, species: CEDRO, authorised: cubicMetres(100), extracted: cubicMetres(90), moved: cubicMetres(20) },
      },
      {
        type: 'SpeciesBalanceChanged',
        version: 1,
        data: { permitId: PERMIT, planId: PLAN, species: TORNILLO, authorised: cubicMetres(400), extracted: cubicMetres(30), moved: cubicMetres(5) },
      },
    ]);
  });

  it('publishes a lot of a product traded by weight in kg, and its balance in kg', () => {
    const [event] = permitDecider.decide(extract({ lotId: 'LOT-T2', species: TARA, volume: kg(800.5) }), fold(permitDecider, harvestingTara));
    const [lot, balance] = publish(event!);
    expect(lot).toMatchObject({ type: 'LotExtracted', data: { lotId: 'LOT-T2', species: TARA, volume: { value: 800.5, unit: 'kg' } } });
    expect(balance).toEqual({
      type: 'SpeciesBalanceChanged',
      version: 1,
      data: { permitId: PERMIT, planId: PLAN, species: TARA, authorised: kg(5000), extracted: kg(2000.5), moved: kg(0) },
    });
  });

  it('publishes the balance in kg of tara a guide moved', () => {
    const guide: PermitEvent = { type: 'VolumeMoved', data: { permitId: PERMIT, planId: PLAN, guideNumber: 'GTF-T', lines: [{ species: TARA, volume: kg(700) }], balances: [taraAfter(1200, 700)] } };
    expect(publish(guide)).toEqual([
      { type: 'SpeciesBalanceChanged', version: 1, data: { permitId: PERMIT, planId: PLAN, species: TARA, authorised: kg(5000), extracted: kg(1200), moved: kg(700) } },
    ]);
  });
});
