import { describe, expect, it } from '@jest/globals';
import type { LineageView } from '../lineage.js';
import { epcisDocument } from './epcis-document.js';
import type { EpcisEvent } from './epcis-event.js';
import { BASE_URI, CREATED_AT, HOLDER, log1, log2, lot, origin, product, SAWMILL_OWNER, sawnLineage } from './sawn-lineage.fixtures.spec.js';

const options = { createdAt: CREATED_AT, baseUri: `${BASE_URI}/` };
const events = (view: LineageView = sawnLineage()) => epcisDocument(view, options).epcisBody.eventList;
const byId = (list: readonly EpcisEvent[], path: string) => list.find((event) => event.eventID === `${BASE_URI}/epcis/events/${path}`);
const lotUri = (lotId: string) => `${BASE_URI}/lots/${lotId}`;

describe('the EPCIS document of a lineage', () => {
  it('is an EPCIS 2.0 document declaring the GS1 context and the tt namespace', () => {
    const document = epcisDocument(sawnLineage(), options);
    expect(document['@context']).toEqual(['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld', { tt: `${BASE_URI}/epcis/ns#` }]);
    expect(document).toMatchObject({ type: 'EPCISDocument', schemaVersion: '2.0', creationDate: CREATED_AT });
  });

  it('tells the chain in time order, in Peru time, each event once under a stable id', () => {
    const list = events();
    expect(list.map((event) => event.eventID.replace(`${BASE_URI}/epcis/events/`, ''))).toEqual([
      'commissionings/L-1',
      'commissionings/L-2',
      'loadings/GTF-0001',
      'inspections/SCAN-77',
      'receipts/GTF-0001',
      'transformations/T-1',
      'holds/S-1/EXP-2026-014',
    ]);
    expect(list.every((event) => event.eventTimeZoneOffset === '-05:00')).toBe(true);
    expect(events()).toEqual(list);
  });

  it('commissions each extracted lot with its volume in m³ and its origin as lot master data', () => {
    expect(byId(events(), 'commissionings/L-1')).toEqual({
      type: 'ObjectEvent',
      eventID: `${BASE_URI}/epcis/events/commissionings/L-1`,
      eventTime: '2026-05-01T00:00:00-05:00',
      eventTimeZoneOffset: '-05:00',
      action: 'ADD',
      bizStep: 'commissioning',
      disposition: 'active',
      quantityList: [{ epcClass: lotUri('L-1'), quantity: 12.5, uom: 'MTQ' }],
      readPoint: { id: 'geo:-8.401234,-74.512345' },
      ilmd: {
        'tt:species': 'Cedrela odorata',
        'tt:productType': 'roundwood',
        'tt:volumeM3': 12.5,
        'tt:permit': `${BASE_URI}/permits/P-UCA-001`,
        'tt:plan': `${BASE_URI}/plans/POA-6`,
        'tt:holder': `${BASE_URI}/parties/${HOLDER}`,
        'tt:harvestDate': '2026-05-01',
        'tt:pieces': 3,
        'tt:plot': { type: 'Point', coordinates: [-74.512345, -8.401234] },
      },
    });
  });

  it('gives a plot polygon in the lot master data only: a read point is one place', () => {
    const event = byId(events(), 'commissionings/L-2');
    expect(event?.readPoint).toBeUndefined();
    expect(event?.ilmd).toMatchObject({ 'tt:plot': log2.origin?.geolocation });
  });

  it('turns the sawing into one transformation: what each input gave, what the output held, where', () => {
    expect(byId(events(), 'transformations/T-1')).toMatchObject({
      type: 'TransformationEvent',
      eventTime: '2026-05-06T09:00:00-05:00',
      transformationID: `${BASE_URI}/transformations/T-1`,
      inputQuantityList: [
        { epcClass: lotUri('L-1'), quantity: 10, uom: 'MTQ' },
        { epcClass: lotUri('L-2'), quantity: 6, uom: 'MTQ' },
      ],
      outputQuantityList: [{ epcClass: lotUri('S-1'), quantity: 7.2, uom: 'MTQ' }],
      bizStep: 'tt:sawing',
      readPoint: { id: `${BASE_URI}/facilities/CTP-PUCALLPA` },
      bizLocation: { id: `${BASE_URI}/facilities/CTP-PUCALLPA` },
    });
  });

  it('loads the view’s lots under the guide, from its holder to its consignee', () => {
    expect(byId(events(), 'loadings/GTF-0001')).toMatchObject({
      type: 'AggregationEvent',
      eventTime: '2026-05-03T06:00:00-05:00',
      action: 'ADD',
      parentID: `${BASE_URI}/guides/GTF-0001`,
      childQuantityList: [{ epcClass: lotUri('L-1') }, { epcClass: lotUri('L-2') }],
      bizStep: 'loading',
      disposition: 'in_transit',
      sourceList: [{ type: 'owning_party', source: `${BASE_URI}/parties/${HOLDER}` }],
      destinationList: [
        { type: 'owning_party', destination: `${BASE_URI}/parties/${SAWMILL_OWNER}` },
        { type: 'location', destination: `${BASE_URI}/facilities/CTP-PUCALLPA` },
      ],
    });
  });

  it('observes a flagged scan as a non-conformant inspection naming the failed rules, and the delivery as a receipt', () => {
    const list = events();
    expect(byId(list, 'inspections/SCAN-77')).toMatchObject({
      action: 'OBSERVE',
      bizStep: 'inspecting',
      disposition: 'non_conformant',
      readPoint: { id: `${BASE_URI}/checkpoints/PC-NESHUYA` },
      bizTransactionList: [{ type: 'tt:gtf', bizTransaction: `${BASE_URI}/guides/GTF-0001` }],
      'tt:failedRules': ['volume_over_declared', 'off_trajectory'],
      'tt:case': `${BASE_URI}/cases/CASE-5`,
    });
    expect(byId(list, 'receipts/GTF-0001')).toMatchObject({
      eventTime: '2026-05-04T15:30:00-05:00',
      action: 'OBSERVE',
      bizStep: 'receiving',
      disposition: 'in_progress',
      bizLocation: { id: `${BASE_URI}/facilities/CTP-PUCALLPA` },
    });
  });

  it('leaves out a guide that carried none of the view’s lots', () => {
    const view = sawnLineage();
    const elsewhere = { ...view.guides[0]!, guideNumber: 'GTF-0002', lots: ['L-9'] };
    expect(byId(events({ ...view, guides: [...view.guides, elsewhere] }), 'loadings/GTF-0002')).toBeUndefined();
  });

  it('holds a lot as not sellable, and a confiscation with the tt:confiscated disposition', () => {
    const confiscated = { ...product, confiscation: { caseRef: 'RD-88/2026', authority: 'ARFFS Ucayali', at: '2026-05-25T10:00:00-05:00' } };
    const list = events({ ...sawnLineage(), lot: confiscated });
    expect(byId(list, 'holds/S-1/EXP-2026-014')).toMatchObject({
      action: 'OBSERVE',
      bizStep: 'holding',
      disposition: 'non_sellable_other',
      quantityList: [{ epcClass: lotUri('S-1') }],
      'tt:caseRef': 'EXP-2026-014',
      'tt:authority': 'OSINFOR',
    });
    expect(byId(list, 'confiscations/S-1/RD-88%2F2026')).toMatchObject({ bizStep: 'holding', disposition: 'tt:confiscated', eventTime: '2026-05-25T10:00:00-05:00' });
  });

  it('commissions seized timber on hold, and says who got confiscated timber back', () => {
    const seized = lot('Z-1', {
      species: 'Cedrela odorata',
      madeVolume: 3,
      volume: 3,
      seized: { caseId: 'CASE-5', authority: 'ATFFS Ucayali', checkpoint: 'PC-NESHUYA', basis: 'beyond_guide', at: '2026-05-03T18:30:00-05:00' },
      confiscatedOrigin: { caseRef: 'RD-90/2026', authority: 'ATFFS Ucayali', method: 'auction', recipientTaxId: SAWMILL_OWNER, at: '2026-05-30T12:00:00-05:00' },
    });
    const list = events({ ...sawnLineage(), lot: seized, ancestors: [] });
    expect(byId(list, 'seizures/Z-1')).toMatchObject({
      action: 'ADD',
      bizStep: 'holding',
      disposition: 'non_sellable_other',
      quantityList: [{ epcClass: lotUri('Z-1'), quantity: 3, uom: 'MTQ' }],
      readPoint: { id: `${BASE_URI}/checkpoints/PC-NESHUYA` },
      'tt:basis': 'beyond_guide',
    });
    expect(byId(list, 'releases/Z-1')).toMatchObject({
      bizStep: 'tt:auctioning',
      disposition: 'active',
      destinationList: [{ type: 'owning_party', destination: `${BASE_URI}/parties/${SAWMILL_OWNER}` }],
    });
  });

  it('splits and merges as transformations, placed after their parents and marked as inferred, the lineage not timing them', () => {
    const log = lot('L-1', { madeVolume: 10, volume: 10, origin: origin('2026-05-01', { type: 'Point', coordinates: [-74.5, -8.4] }) });
    const other = lot('L-2', { madeVolume: 5, volume: 5, origin: origin('2026-05-03', { type: 'Point', coordinates: [-74.5, -8.4] }) });
    const half = lot('H-1', { volume: 4, parents: [{ lotId: 'L-1', volume: 4 }] });
    const merged = lot('M-1', {
      volume: 9,
      parents: [
        { lotId: 'H-1', volume: 4 },
        { lotId: 'L-2', volume: 5 },
      ],
    });
    const view: LineageView = { ...sawnLineage(), lot: merged, ancestors: [half, other, log].map((ancestor, i) => ({ lot: ancestor, depth: i + 1 })), guides: [], transformations: [] };
    const list = events(view);
    expect(list.map((event) => event.eventID.replace(`${BASE_URI}/epcis/events/`, ''))).toEqual(['commissionings/L-1', 'splits/H-1', 'commissionings/L-2', 'merges/M-1']);
    expect(byId(list, 'splits/H-1')).toMatchObject({
      type: 'TransformationEvent',
      eventTime: '2026-05-01T00:00:00-05:00',
      'tt:eventTimeInferred': true,
      inputQuantityList: [{ epcClass: lotUri('L-1'), quantity: 4, uom: 'MTQ' }],
      outputQuantityList: [{ epcClass: lotUri('H-1'), quantity: 4, uom: 'MTQ' }],
      bizStep: 'tt:splitting',
    });
    expect(byId(list, 'merges/M-1')).toMatchObject({ eventTime: '2026-05-03T00:00:00-05:00', bizStep: 'tt:merging', outputQuantityList: [{ epcClass: lotUri('M-1'), quantity: 9, uom: 'MTQ' }] });
    expect(byId(list, 'commissionings/L-1')?.['tt:eventTimeInferred']).toBeUndefined();
  });

  it('reads times without an offset as Peru’s, and names a lot of unknown species and product by its volume alone', () => {
    const bare = { ...log1, species: undefined, productType: undefined };
    const view: LineageView = { ...sawnLineage(), lot: bare, ancestors: [], guides: [{ ...sawnLineage().guides[0]!, lots: ['L-1'], issuedAt: '2026-05-03T06:00', flags: [] }] };
    const list = events(view);
    expect(byId(list, 'loadings/GTF-0001')?.eventTime).toBe('2026-05-03T06:00:00-05:00');
    expect(byId(list, 'commissionings/L-1')?.ilmd).not.toHaveProperty('tt:species');
    expect(byId(list, 'commissionings/L-1')?.ilmd).toMatchObject({ 'tt:volumeM3': 12.5 });
  });
});
