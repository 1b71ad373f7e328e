import { describe, expect, it } from '@jest/globals';
import { cubicMetres } from '#shared-kernel';
import type { LotEvent } from '../domain/lot.events.js';
import { guidesDeliveredUnder, lotParties, lotView } from './lot-view.js';
import { type RecordedLotEvent } from '../domain/lot.decider.js';

const AT = '2026-05-02T08:00:00-05:00';
const holder = { id: 'ana', role: 'permit_holder', organisation: '20123456789' };
const sawmill = { id: 'raul', role: 'processor', organisation: 'CTP-UCA-014' };
const regulator = { id: 'eva', role: 'regulator', organisation: 'ARFFS-UCAYALI' };
const YARD = { kind: 'holder', holderTaxId: '20123456789' } as const;

const extracted: LotEvent = {
  type: 'LotExtracted',
  data: {
    lotId: 'LOT-1',
    permitId: 'P-1',
    planId: 'POA-6',
    holderTaxId: '20123456789',
    species: 'Cedrela odorata',
    productType: 'roundwood',
    volume: cubicMetres(12.5),
    pieces: 8,
    harvestDate: '2026-04-20',
    geolocation: { type: 'Point', coordinates: [-74.553889, -8.379167] },
  },
};
const dispatched: LotEvent = {
  type: 'LotDispatched',
  data: { lotId: 'LOT-1', guideNumber: 'GTF-1', species: 'Cedrela odorata', productType: 'roundwood', volume: cubicMetres(12.5), from: YARD, at: AT },
};
const delivered: LotEvent = {
  type: 'LotDelivered',
  data: { lotId: 'LOT-1', guideNumber: 'GTF-1', facilityId: 'CTP-UCA-014', species: 'Cedrela odorata', productType: 'roundwood', volume: cubicMetres(12.5), at: AT },
};
const immobilised: LotEvent = {
  type: 'LotImmobilised',
  data: { lotId: 'LOT-1', caseRef: 'INF-1', reason: 'no cover', authority: 'ARFFS-UCAYALI', volume: cubicMetres(12.5), at: AT },
};

const recorded = (events: readonly [LotEvent, { id: string; role: string; organisation?: string }][]): RecordedLotEvent[] =>
  events.map(
    ([event, actor], index) =>
      ({ ...event, streamPosition: index + 1, recordedAt: new Date(Date.UTC(2026, 4, 2, 13, index)), metadata: { actor, occurredAt: AT } }) as unknown as RecordedLotEvent,
  );

describe('the lot view', () => {
  it('is nothing before the lot’s first fact', () => {
    expect(lotView([])).toBeUndefined();
  });

  it('shows a lot on the road: kept by who dispatched it, under its guide', () => {
    expect(lotView(recorded([[extracted, holder], [dispatched, holder]]))).toMatchObject({
      lotId: 'LOT-1',
      species: 'Cedrela odorata',
      volume: cubicMetres(12.5),
      status: 'on_guide',
      place: YARD,
      keeper: { role: 'permit_holder', organisation: '20123456789' },
      guideNumber: 'GTF-1',
    });
  });

  it('shows the lot at the facility it was delivered to, held by a case, with every event and its actor', () => {
    const view = lotView(recorded([[extracted, holder], [dispatched, holder], [delivered, sawmill], [immobilised, regulator]]));
    expect(view).toMatchObject({
      status: 'immobilised',
      place: { kind: 'facility', facilityId: 'CTP-UCA-014' },
      keeper: { role: 'processor', organisation: 'CTP-UCA-014' },
      deliveredUnder: 'GTF-1',
      hold: { kind: 'immobilised', caseRef: 'INF-1', authority: 'ARFFS-UCAYALI' },
    });
    expect(view?.history.map((entry) => [entry.position, entry.type, entry.actor.id, entry.recordedAt])).toEqual([
      [1, 'LotExtracted', 'ana', '2026-05-02T13:00:00.000Z'],
      [2, 'LotDispatched', 'ana', '2026-05-02T13:01:00.000Z'],
      [3, 'LotDelivered', 'raul', '2026-05-02T13:02:00.000Z'],
      [4, 'LotImmobilised', 'eva', '2026-05-02T13:03:00.000Z'],
    ]);
    expect(view?.history[3]?.data).toEqual(immobilised.data);
  });

  it('shows a lot split off as closed, with its children', () => {
    const split: LotEvent = {
      type: 'LotSplit',
      data: {
        lotId: 'LOT-1',
        children: [{ lotId: 'LOT-A', volume: cubicMetres(12.5) }],
        species: 'Cedrela odorata',
        productType: 'roundwood',
        place: YARD,
        remaining: cubicMetres(0),
        lineage: { parents: [], children: [{ lotId: 'LOT-A', volume: cubicMetres(12.5) }] },
        at: AT,
      },
    };
    expect(lotView(recorded([[extracted, holder], [split, holder]]))).toMatchObject({ status: 'split', volume: cubicMetres(0), children: [{ lotId: 'LOT-A', volume: cubicMetres(12.5) }] });
  });

  it('shows confiscated timber auctioned to a processor: kept there, free, marked with its confiscated origin', () => {
    const confiscated: LotEvent = { type: 'LotConfiscated', data: { lotId: 'LOT-1', caseRef: 'INF-1', authority: 'ARFFS-UCAYALI', species: 'Cedrela odorata', volume: cubicMetres(12.5), at: AT } };
    const stored: LotEvent = { type: 'ConfiscatedLotStored', data: { lotId: 'LOT-1', caseRef: 'INF-1', authority: 'ARFFS-UCAYALI', warehouse: 'ALM-1', at: AT } };
    const auctioned: LotEvent = {
      type: 'ConfiscatedLotDisposed',
      data: { lotId: 'LOT-1', caseRef: 'INF-1', authority: 'ARFFS-UCAYALI', method: 'auction', recipient: { taxId: '20601234567', facilityId: 'CTP-UCA-031' }, reference: 'ACTA-7', at: AT },
    };
    const inWarehouse = lotView(recorded([[extracted, holder], [confiscated, regulator], [stored, regulator]]));
    expect(inWarehouse).toMatchObject({ status: 'confiscated', place: { kind: 'authority', authority: 'ARFFS-UCAYALI', warehouse: 'ALM-1' }, keeper: { role: 'regulator', organisation: 'ARFFS-UCAYALI' } });
    expect(inWarehouse).not.toHaveProperty('confiscatedOrigin');
    const history = [extracted, confiscated, stored, auctioned];
    expect(lotView(recorded(history.map((event) => [event, regulator])))).toMatchObject({
      status: 'resting',
      place: { kind: 'facility', facilityId: 'CTP-UCA-031' },
      keeper: { role: 'processor', organisation: 'CTP-UCA-031' },
      hold: { kind: 'none' },
      confiscatedOrigin: { caseRef: 'INF-1', method: 'auction', reference: 'ACTA-7' },
    });
    expect(lotParties(history)).toContain('processor:CTP-UCA-031');
  });

  it('names whoever kept it and the guides it was delivered under', () => {
    const history = [extracted, dispatched, delivered];
    expect(lotParties(history)).toEqual(['permit_holder:20123456789', 'processor:CTP-UCA-014']);
    expect(guidesDeliveredUnder(history)).toEqual(['GTF-1']);
  });
});
