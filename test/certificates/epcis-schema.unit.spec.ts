// The EPCIS export is checked against GS1's own JSON Schema, so a buyer's EPCIS repository will take it as it is.
import { describe, expect, it } from '@jest/globals';
import type { LineageView } from '../../libs/certificates/src/domain/lineage.js';
import { epcisDocument } from '../../libs/certificates/src/domain/exports/epcis-document.js';
import { epcisValidator, errorsOf, fixture } from './epcis-schema.js';
import { BASE_URI, CREATED_AT, lot, origin, product, SAWMILL_OWNER, sawnLineage } from '../../libs/certificates/src/domain/exports/sawn-lineage.fixtures.spec.js';

/** Every kind of event the export makes: seized timber auctioned, split, merged into a confiscated lot. */
function everyKindOfEvent(): LineageView {
  const view = sawnLineage();
  const seized = lot('Z-1', {
    madeVolume: 3,
    volume: 3,
    seized: { caseId: 'CASE-5', authority: 'ATFFS Ucayali', checkpoint: 'PC-NESHUYA', basis: 'beyond_guide', at: '2026-05-03T18:30:00-05:00' },
    confiscatedOrigin: { caseRef: 'RD-90/2026', authority: 'ATFFS Ucayali', method: 'donation', recipientTaxId: SAWMILL_OWNER, at: '2026-05-30T12:00:00-05:00' },
  });
  const half = lot('H-1', { volume: 2, parents: [{ lotId: 'S-1', volume: 2 }] });
  const merged = lot('M-1', {
    madeVolume: 1,
    volume: 6,
    origin: origin('2026-05-02', { type: 'Point', coordinates: [-74.512345, -8.401234] }),
    parents: [
      { lotId: 'H-1', volume: 2 },
      { lotId: 'Z-1', volume: 3 },
    ],
    confiscation: { caseRef: 'RD-91/2026', authority: 'OSINFOR', at: '2026-05-31T09:00:00-05:00' },
  });
  return { ...view, lot: merged, ancestors: [{ lot: half, depth: 1 }, { lot: seized, depth: 1 }, { lot: product, depth: 2 }, ...view.ancestors.map((ancestor) => ({ ...ancestor, depth: 3 }))] };
}

describe('the EPCIS export against GS1’s EPCIS 2.0 JSON Schema', () => {
  it('accepts GS1’s own example: the validator reads the schema as GS1 meant it', async () => {
    expect(errorsOf(await epcisValidator(), await fixture('Example_9.6.4-TransformationEvent.jsonld'))).toEqual([]);
  });

  it('accepts the chain of custody of a sawn product: logs extracted, trucked, stopped, delivered, sawn and held', async () => {
    const document = epcisDocument(sawnLineage(), { createdAt: CREATED_AT, baseUri: BASE_URI });
    expect(document.epcisBody.eventList.map((event) => event.type)).toEqual([
      'ObjectEvent',
      'ObjectEvent',
      'AggregationEvent',
      'ObjectEvent',
      'ObjectEvent',
      'TransformationEvent',
      'ObjectEvent',
    ]);
    expect(errorsOf(await epcisValidator(), document)).toEqual([]);
  });

  it('accepts every kind of event the export makes', async () => {
    const document = epcisDocument(everyKindOfEvent(), { createdAt: CREATED_AT, baseUri: BASE_URI });
    const kinds = new Set(document.epcisBody.eventList.map((event) => event.eventID.replace(`${BASE_URI}/epcis/events/`, '').split('/')[0]));
    expect([...kinds].sort()).toEqual(['commissionings', 'confiscations', 'holds', 'inspections', 'loadings', 'merges', 'receipts', 'releases', 'seizures', 'splits', 'transformations']);
    expect(errorsOf(await epcisValidator(), document)).toEqual([]);
  });

  it('refuses an object event that does not say what happened to its objects', async () => {
    const document = epcisDocument(sawnLineage(), { createdAt: CREATED_AT, baseUri: BASE_URI });
    const [first, ...rest] = document.epcisBody.eventList;
    const { action: _action, ...withoutAction } = first!;
    const broken = { ...document, epcisBody: { eventList: [withoutAction, ...rest] } };
    expect(errorsOf(await epcisValidator(), broken)).toContainEqual(expect.stringContaining("must have required property 'action'"));
  });

  it('refuses a field of our own not named under a declared prefix', async () => {
    const document = epcisDocument(sawnLineage(), { createdAt: CREATED_AT, baseUri: BASE_URI });
    const [first, ...rest] = document.epcisBody.eventList;
    const broken = { ...document, epcisBody: { eventList: [{ ...first!, species: 'Cedrela odorata' }, ...rest] } };
    expect(errorsOf(await epcisValidator(), broken)).toContainEqual(expect.stringContaining('must match format "uri"'));
  });
});
