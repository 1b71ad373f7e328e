import { describe, expect, it } from '@jest/globals';
import { isPublished, messagesOf, type Publication } from '#messaging';
import { cubicMetres, type Recorded } from '#shared-kernel';
import type { IssuedGuide } from '../domain/guide.js';
import type { GuideEvent } from '../domain/guide.events.js';
import type { LotEvent } from '../domain/lot.events.js';
import { custodyPublication } from './custody.publication.js';

const AT = '2026-05-02T08:00:00-05:00';

const recorded = (event: LotEvent | GuideEvent, streamId: string): Recorded<LotEvent | GuideEvent> =>
  ({
    ...event,
    id: `e-${event.type}`,
    streamId,
    streamPosition: 1,
    metadata: { correlationId: 'c', causationId: 'c', actor: { id: 'ana', role: 'permit_holder', organisation: '20123456789' }, occurredAt: AT },
  }) as unknown as Recorded<LotEvent | GuideEvent>;

const publish = (event: LotEvent | GuideEvent, streamId = `lot-${'lotId' in event.data ? event.data.lotId : 'x'}`) => (custodyPublication as Publication<LotEvent | GuideEvent>).publish(recorded(event, streamId)) as ReturnType<typeof custodyPublication.publish>;

const guide: IssuedGuide = {
  number: 'GTF-2026-000123',
  registrationNumber: 'REG-ATFFS-UCA-2026-004512',
  authority: 'ATFFS-UCAYALI',
  issuerTaxId: '20123456789',
  holderTaxId: '20123456789',
  ownerTaxId: '20123456789',
  origin: { kind: 'permit', permitId: '25-UCA/C-J-001-02', planId: 'POA-6', position: [-74.553889, -8.379167] },
  consignee: { taxId: '20600000014', kind: 'processor', facilityId: 'CTP-UCA-014' },
  destination: { facilityId: 'CTP-UCA-014', position: [-75.04, -8.81] },
  vehiclePlates: ['ABC-123'],
  driver: { id: '44556677', licence: 'Q44556677' },
  lines: [
    { lotId: 'LOT-1', scientificName: 'Cedrelinga cateniformis', commonName: 'tornillo', productType: 'roundwood', volume: cubicMetres(20), pieces: 12 },
    { lotId: 'LOT-2', scientificName: 'cedrelinga  cateniformis', commonName: 'tornillo', productType: 'roundwood', volume: { value: 1000, unit: 'board_feet' }, pieces: 4 },
    { lotId: 'LOT-3', scientificName: 'Dipteryx', commonName: 'shihuahuaco', productType: 'roundwood', volume: cubicMetres(8), pieces: 5 },
  ],
  issuedAt: '2026-05-02T06:00:00-05:00',
  expiresAt: '2026-05-04T06:00:00-05:00',
  trajectory: { checkpoints: [{ code: 'UC-CFB-K010', position: [-74.611826, -8.393874], mandatory: true, earliestArrivalMinutes: 10, latestArrivalMinutes: 120 }] },
};

describe('what custody publishes about lots and guides', () => {
  it('subscribes to the lot and guide events it maps, and to no scan event', () => {
    expect(custodyPublication.name).toBe('custody');
    expect(custodyPublication.eventTypes).not.toContain('ShipmentScanned');
    expect(custodyPublication.eventTypes).toEqual(
      expect.arrayContaining(['LotDelivered', 'LotImmobilised', 'LotReleased', 'LotConfiscated', 'ConfiscatedLotDisposed', 'ProductLotCreated', 'ChildLotCreated', 'LotsMerged', 'LotSplit', 'LotMergedInto', 'GuideIssued', 'GuideDelivered']),
    );
  });

  it('publishes a delivery for processing to take the lot in', () => {
    const delivered: LotEvent = {
      type: 'LotDelivered',
      data: { lotId: 'LOT-1', guideNumber: 'GTF-1', facilityId: 'CTP-UCA-014', species: 'Cedrela odorata', productType: 'roundwood', volume: cubicMetres(12.5), at: AT },
    };
    expect(publish(delivered)).toEqual([{ type: 'LotDelivered', version: 1, data: delivered.data }]);
  });

  it('publishes holds, leaving out a checkpoint the immobilisation did not name', () => {
    const immobilised: LotEvent = {
      type: 'LotImmobilised',
      data: { lotId: 'LOT-1', caseRef: 'INF-1', reason: 'species differ', authority: 'ARFFS-UCAYALI', volume: cubicMetres(12.5), at: AT },
    };
    const confiscated: LotEvent = { type: 'LotConfiscated', data: { lotId: 'LOT-1', caseRef: 'INF-1', authority: 'ARFFS-UCAYALI', species: 'Cedrela odorata', volume: cubicMetres(12.5), at: AT } };
    expect(publish(immobilised)).toEqual([
      { type: 'LotImmobilised', version: 1, data: { lotId: 'LOT-1', caseRef: 'INF-1', reason: 'species differ', authority: 'ARFFS-UCAYALI', volume: cubicMetres(12.5), at: AT } },
    ]);
    expect(publish(immobilised)[0]?.data).not.toHaveProperty('checkpoint');
    expect(publish(confiscated)).toEqual([{ type: 'LotConfiscated', version: 1, data: confiscated.data }]);
  });

  it('publishes a disposal of confiscated timber with its recipient, so certificates can tell its origin', () => {
    const disposed: LotEvent = {
      type: 'ConfiscatedLotDisposed',
      data: { lotId: 'LOT-1', caseRef: 'INF-1', authority: 'ARFFS-UCAYALI', method: 'auction', recipient: { taxId: '20601234567', facilityId: 'CTP-UCA-031' }, reference: 'ACTA-7', at: AT },
    };
    expect(publish(disposed)).toEqual([
      { type: 'ConfiscatedLotDisposed', version: 1, data: { lotId: 'LOT-1', caseRef: 'INF-1', authority: 'ARFFS-UCAYALI', method: 'auction', recipientTaxId: '20601234567', at: AT } },
    ]);
  });

  it('publishes a release, so the lot may be transformed again', () => {
    const released: LotEvent = { type: 'LotReleased', data: { lotId: 'LOT-1', caseRef: 'INF-1', authority: 'ARFFS-UCAYALI', at: AT } };
    expect(publish(released)).toEqual([{ type: 'LotReleased', version: 1, data: { lotId: 'LOT-1', caseRef: 'INF-1', authority: 'ARFFS-UCAYALI', at: AT } }]);
    expect(isPublished(custodyPublication, recorded(released, 'processor-CTP-UCA-014'))).toBe(false);
  });

  it('publishes a product lot with its parents and the transformation that made it', () => {
    const parents = [{ lotId: 'LOT-1', volume: cubicMetres(4) }];
    const product: LotEvent = {
      type: 'ProductLotCreated',
      data: { lotId: 'LOT-P', facilityId: 'CTP-UCA-014', productType: 'sawn_wood', species: 'Cedrela odorata', volume: cubicMetres(2), parents, transformationId: 'TR-1', at: AT },
    };
    expect(publish(product)).toEqual([{ type: 'LotLineageChanged', version: 1, data: { lotId: 'LOT-P', parents, children: [], transformationId: 'TR-1', at: AT } }]);
  });

  it('publishes the lineage a split, a merge or a child records, as it stands after the change', () => {
    const lineage = { parents: [{ lotId: 'LOT-0', volume: cubicMetres(20) }], children: [{ lotId: 'LOT-A', volume: cubicMetres(3) }, { lotId: 'LOT-B', volume: cubicMetres(1) }] };
    const split: LotEvent = {
      type: 'LotSplit',
      data: { lotId: 'LOT-1', children: [{ lotId: 'LOT-B', volume: cubicMetres(1) }], species: 'Cedrela odorata', productType: 'roundwood', place: { kind: 'holder', holderTaxId: '20123456789' }, remaining: cubicMetres(6), lineage, at: AT },
    };
    const child: LotEvent = {
      type: 'ChildLotCreated',
      data: { lotId: 'LOT-B', parents: [{ lotId: 'LOT-1', volume: cubicMetres(1) }], species: 'Cedrela odorata', productType: 'roundwood', place: { kind: 'holder', holderTaxId: '20123456789' }, volume: cubicMetres(1), at: AT },
    };
    expect(publish(split)).toEqual([{ type: 'LotLineageChanged', version: 1, data: { lotId: 'LOT-1', ...lineage, at: AT } }]);
    expect(publish(child)).toEqual([{ type: 'LotLineageChanged', version: 1, data: { lotId: 'LOT-B', parents: [{ lotId: 'LOT-1', volume: cubicMetres(1) }], children: [], at: AT } }]);
  });

  it('publishes an issued guide with its volume per species in m³, names compared ignoring case and spacing', () => {
    const [message] = publish({ type: 'GuideIssued', data: guide }, 'guide-GTF-2026-000123');
    expect(message).toMatchObject({
      type: 'GuideIssued',
      version: 1,
      data: {
        guideNumber: 'GTF-2026-000123',
        origin: { kind: 'permit', permitId: '25-UCA/C-J-001-02', planId: 'POA-6' },
        lots: ['LOT-1', 'LOT-2', 'LOT-3'],
        destination: { facilityId: 'CTP-UCA-014', consigneeTaxId: '20600000014', consigneeKind: 'processor' },
        species: [
          { species: 'Cedrelinga cateniformis', volume: cubicMetres(22.3597) },
          { species: 'Dipteryx', volume: cubicMetres(8) },
        ],
      },
    });
    expect(message?.data).not.toHaveProperty('origin.position');
  });

  it("publishes a delivered guide with the lots it carried", () => {
    expect(publish({ type: 'GuideDelivered', data: { number: 'GTF-1', facilityId: 'CTP-UCA-014', lots: ['LOT-1'], at: AT } }, 'guide-GTF-1')).toEqual([
      { type: 'GuideDelivered', version: 1, data: { guideNumber: 'GTF-1', facilityId: 'CTP-UCA-014', lots: ['LOT-1'], at: AT } },
    ]);
  });

  it('reads only its own streams, not events of the same name on another context’s', () => {
    const delivered: GuideEvent = { type: 'GuideDelivered', data: { number: 'GTF-1', facilityId: 'CTP-UCA-014', lots: [], at: AT } };
    expect(isPublished(custodyPublication, recorded(delivered, 'processor-CTP-UCA-014'))).toBe(false);
    expect(isPublished(custodyPublication, recorded(delivered, 'guide-GTF-1'))).toBe(true);
  });

  it('derives message ids from the recorded event, so a redelivery carries the same id', async () => {
    const event = recorded({ type: 'GuideIssued', data: guide }, 'guide-GTF-2026-000123');
    const [first] = await messagesOf(event, custodyPublication);
    expect((await messagesOf(event, custodyPublication))[0]?.id).toBe(first?.id);
    expect(first).toMatchObject({ streamId: 'guide-GTF-2026-000123', metadata: { actor: { id: 'ana' } } });
  });
});
