import { describe, expect, it } from '@jest/globals';
import { describeWithServer, POSTGRES } from '#testing';
import { type Body, journeyApp } from '../journeys/journey-app.js';
import { AUTHORITY, fresh, HOLDER, HOLDS, m3, processorAt, REGULATOR, TORNILLO, type Who } from '../journeys/road-to-pucallpa.js';

const SERFOR: Who = ['regulator', 'SERFOR'];
const LORETO: Who = ['regulator', 'ARFFS-LORETO'];
const BUYER_RUC = '20601234567';
const BENEFICIARY_DNI = '44556677';

function describeConfiscatedTimber(store: string, postgresUrl?: string): void {
  describe(`confiscated timber, stored then auctioned or donated, on ${store}`, () => {
    const journey = journeyApp(postgresUrl);

    /** A lot of tornillo the regional authority confiscated at the holder's yard. */
    async function confiscatedLot(caseRef = fresh('INF-2026')) {
      const permit = await journey.plannedPermit([[TORNILLO, 100]]);
      const { lotId } = await journey.extracted(permit, TORNILLO, 5, 3);
      await journey.post(REGULATOR, `/lots/${lotId}/confiscation`, { caseRef }, 200);
      return { lotId, caseRef };
    }

    it('stores the lot in the authority’s warehouse, then auctions it to a sawmill that keeps it free, marked as confiscated timber for ever', async () => {
      const facilityId = await journey.sawmill();
      const { lotId, caseRef } = await confiscatedLot();
      const warehouse = fresh('ALM-PUCALLPA');

      const { body: stored } = await journey.post(REGULATOR, `/lots/${lotId}/warehouse-intake`, { warehouse }, 200, `intake-${lotId}`);
      expect(stored).toMatchObject({ status: 'confiscated', place: { kind: 'authority', authority: AUTHORITY, warehouse }, keeper: { role: 'regulator', organisation: AUTHORITY } });
      expect((await journey.post(REGULATOR, `/lots/${lotId}/warehouse-intake`, { warehouse }, 200, `intake-${lotId}`)).body).toEqual(stored);

      const auction = { method: 'auction', recipientTaxId: BUYER_RUC, recipientFacilityId: facilityId, reference: 'ACTA-SUBASTA-2026-007' };
      const { body: auctioned } = await journey.post(SERFOR, `/lots/${lotId}/disposal`, auction, 200, `auction-${lotId}`);
      expect(auctioned).toMatchObject({
        status: 'resting',
        place: { kind: 'facility', facilityId },
        keeper: { role: 'processor', organisation: facilityId },
        hold: { kind: 'none' },
        confiscatedOrigin: { caseRef, method: 'auction', reference: 'ACTA-SUBASTA-2026-007' },
      });
      expect((await journey.post(SERFOR, `/lots/${lotId}/disposal`, auction, 200, `auction-${lotId}`)).body).toEqual(auctioned);
      expect((await journey.post(SERFOR, `/lots/${lotId}/disposal`, { ...auction, reference: 'ACTA-SUBASTA-2026-008' }, 409)).body.error).toBe('lot_already_disposed');
      expect((await journey.post(REGULATOR, `/lots/${lotId}/warehouse-intake`, { warehouse }, 409)).body.error).toBe('lot_already_disposed');

      // The buyer reads the lot it now keeps, with where it came from, and cuts it like any of its lots.
      const view = await journey.lot(lotId, processorAt(facilityId));
      expect(view.confiscatedOrigin).toEqual({ caseRef, method: 'auction', reference: 'ACTA-SUBASTA-2026-007' });
      expect((view.history as Body[]).map((entry) => [entry.type, entry.actor.organisation])).toEqual([
        ['LotExtracted', HOLDER],
        ['LotConfiscated', AUTHORITY],
        ['ConfiscatedLotStored', AUTHORITY],
        ['ConfiscatedLotDisposed', 'SERFOR'],
      ]);
      expect(view.history[3].data).toMatchObject({ caseRef, authority: 'SERFOR', method: 'auction', recipient: { taxId: BUYER_RUC, facilityId } });
      const { body: split } = await journey.post(processorAt(facilityId), `/lots/${lotId}/split`, { children: [{ volume: m3(2) }] }, 201);
      expect(split.children).toHaveLength(1);
    }, 120_000);

    it('donates a lot to a person’s yard, by the authority that confiscated it', async () => {
      const { lotId, caseRef } = await confiscatedLot();
      const donation = { method: 'donation', recipientTaxId: BENEFICIARY_DNI, reference: 'RD-0123-2026-ARFFS' };
      const { body } = await journey.post(REGULATOR, `/lots/${lotId}/disposal`, donation, 200);
      expect(body).toMatchObject({
        place: { kind: 'holder', holderTaxId: BENEFICIARY_DNI },
        keeper: { role: 'permit_holder', organisation: BENEFICIARY_DNI },
        confiscatedOrigin: { caseRef, method: 'donation', reference: 'RD-0123-2026-ARFFS' },
      });
    }, 120_000);

    it('refuses other authorities, other roles, a lot not confiscated, an unknown lot and a malformed request', async () => {
      const { lotId } = await confiscatedLot();
      const auction = { method: 'auction', recipientTaxId: BUYER_RUC, reference: 'ACTA-1' };
      expect((await journey.post(LORETO, `/lots/${lotId}/warehouse-intake`, { warehouse: 'ALM-1' }, 403)).body.error).toBe('not_acting_for');
      expect((await journey.post(LORETO, `/lots/${lotId}/disposal`, auction, 403)).body.error).toBe('not_acting_for');
      expect((await journey.post(HOLDS, `/lots/${lotId}/disposal`, auction, 403)).body.error).toBe('role_not_allowed');

      const permit = await journey.plannedPermit([[TORNILLO, 100]]);
      const { lotId: free } = await journey.extracted(permit, TORNILLO, 5, 3);
      expect((await journey.post(REGULATOR, `/lots/${free}/warehouse-intake`, { warehouse: 'ALM-1' }, 409)).body.error).toBe('lot_not_confiscated');
      expect((await journey.post(REGULATOR, `/lots/${free}/disposal`, auction, 409)).body.error).toBe('lot_not_confiscated');
      expect((await journey.post(REGULATOR, `/lots/${fresh('LOT')}/disposal`, auction, 404)).body.error).toBe('lot_not_found');

      const malformed = await journey.post(REGULATOR, `/lots/${lotId}/disposal`, { method: 'gift', recipientTaxId: '123', reference: '' }, 400);
      expect(malformed.body.error).toBe('validation_failed');
      expect((malformed.body.details.fields as Body[]).map((field) => field.path).sort()).toEqual(['method', 'recipientTaxId', 'reference']);
      expect((await journey.post(REGULATOR, `/lots/${lotId}/warehouse-intake`, {}, 400)).body.details.fields[0].path).toBe('warehouse');
      expect((await journey.lot(lotId)).status).toBe('confiscated');
    }, 120_000);
  });
}

describeConfiscatedTimber('the embedded store');

describeWithServer(POSTGRES, 'confiscated timber on postgres', (url) => describeConfiscatedTimber('postgres', url));
