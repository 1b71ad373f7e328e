import { describe, expect, it } from '@jest/globals';
import { journeyApp } from './journey-app.js';
import { CEDRO, fresh, freshPlate, guideBody, HOLDER, HOLDS, hoursAgo, minutesAfter, REGULATOR, SAWMILL_HOLDER, type Who } from './road-to-pucallpa.js';

const SERFOR: Who = ['regulator', 'SERFOR'];
const OSINFOR: Who = ['regulator', 'OSINFOR'];
const permitPath = (number: string) => `/cites-permits/${encodeURIComponent(number)}`;

/** A CITES permit for `m3` of cedro held by the permit holder, valid from a day ago for a month. */
const citesBody = (number: string, m3: number, changes: Record<string, unknown> = {}) => ({
  number,
  scientificName: CEDRO,
  appendix: 'II',
  volume: { value: m3, unit: 'm3' },
  holderTaxId: HOLDER,
  validFrom: hoursAgo(24),
  validUntil: new Date(Date.now() + 30 * 24 * 3_600_000).toISOString(),
  ...changes,
});

interface CheckResult {
  readonly rule: string;
  readonly outcome: string;
  readonly observed: unknown;
}

const citesResult = (scan: { results: CheckResult[] }) => scan.results.find((result) => result.rule === 'CITES_PERMIT');

describe('CITES permits', () => {
  const journey = journeyApp();

  describe('registering and reading', () => {
    it('lets SERFOR register a permit, once, and its holder and regulators read it', async () => {
      const number = `${fresh('CITES')}/SERFOR-2026`;
      const body = citesBody(number, 30);
      const { body: registered } = await journey.post(SERFOR, '/cites-permits', body, 201);
      expect(registered).toEqual(body);
      await journey.post(SERFOR, '/cites-permits', body, 201);
      expect((await journey.post(SERFOR, '/cites-permits', { ...body, volume: { value: 40, unit: 'm3' } }, 409)).body.error).toBe('cites_permit_already_registered');
      expect((await journey.get(HOLDS, permitPath(number))).body).toEqual(body);
      expect((await journey.get(OSINFOR, permitPath(number))).body).toEqual(body);
      expect((await journey.get(['permit_holder', SAWMILL_HOLDER], permitPath(number), 403)).body.error).toBe('not_acting_for');
      expect((await journey.get(['checkpoint_operator', 'UC-CFB-K160'], permitPath(number), 403)).body.error).toBe('role_not_allowed');
      expect((await journey.get(SERFOR, permitPath('NOT-REGISTERED'), 404)).body.error).toBe('cites_permit_not_found');
    });

    it('refuses registration to anyone but SERFOR, and bad fields with their paths', async () => {
      const body = citesBody(fresh('CITES'), 30);
      expect((await journey.post(REGULATOR, '/cites-permits', body, 403)).body.error).toBe('not_acting_for');
      expect((await journey.post(HOLDS, '/cites-permits', body, 403)).body.error).toBe('role_not_allowed');
      const bad = await journey.post(SERFOR, '/cites-permits', { ...body, scientificName: 'Cedrela', appendix: 'IV', volume: { value: -1, unit: 'm3' }, holderTaxId: '123', extra: true }, 400);
      expect(bad.body.details.fields.map((field: { path: string }) => field.path).sort()).toEqual(['appendix', 'extra', 'holderTaxId', 'scientificName', 'volume.value']);
      const backwards = await journey.post(SERFOR, '/cites-permits', { ...body, validUntil: hoursAgo(48) }, 400);
      expect(backwards.body).toMatchObject({ error: 'invalid_cites_permit', details: { path: 'validUntil' } });
    });
  });

  describe('at a checkpoint', () => {
    /** A cedro lot on a guide that left two hours ago, naming `citesPermits`. */
    async function cedroGuide(citesPermits: readonly string[]) {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[CEDRO, 100]]);
      const lot = await journey.extracted(permit, CEDRO, 20, 6);
      const terms = { number: fresh('GTF'), ...permit, facilityId, loads: [lot], plate: freshPlate(), issuedAt: hoursAgo(2) };
      const { body } = await journey.post(HOLDS, '/guides', { ...guideBody(terms), citesPermits }, 201);
      // None named is no field at all.
      expect(body.citesPermits).toEqual(citesPermits.length > 0 ? citesPermits : undefined);
      return terms;
    }

    it('passes CITES_PERMIT for cedro covered by a permit the guide names, and fails it without one', async () => {
      const number = fresh('CITES');
      await journey.post(SERFOR, '/cites-permits', citesBody(number, 25), 201);
      const covered = await journey.scan(await cedroGuide([number]), 'UC-CFB-K160');
      expect(citesResult(covered)).toMatchObject({ outcome: 'pass', observed: { permits: [number], permittedM3: 25 } });
      expect(covered.failed).not.toContain('CITES_PERMIT');

      const uncovered = await journey.scan(await cedroGuide([]), 'UC-CFB-K160');
      expect(citesResult(uncovered)).toMatchObject({ outcome: 'failure', observed: { permits: [], permittedM3: 0 } });
    }, 60_000);

    it('counts a revoked permit only for what was observed before its revocation', async () => {
      const number = fresh('CITES');
      await journey.post(SERFOR, '/cites-permits', citesBody(number, 25), 201);
      const guide = await cedroGuide([number]);
      const before = minutesAfter(guide.issuedAt, 20);
      const { body: revoked } = await journey.post(SERFOR, `${permitPath(number)}/revocation`, { reason: 'Granted on a forged harvest record' }, 200);
      expect(revoked.revoked).toMatchObject({ reason: 'Granted on a forged harvest record' });
      // Registered again with the same terms, it answers as it stands: revoked.
      expect((await journey.post(SERFOR, '/cites-permits', citesBody(number, 25, { validFrom: revoked.validFrom, validUntil: revoked.validUntil }), 201)).body.revoked).toEqual(revoked.revoked);

      const after = await journey.scan(guide, 'UC-CFB-K160', { observedAt: new Date().toISOString() });
      expect(citesResult(after)).toMatchObject({ outcome: 'failure', observed: { permits: [] } });
      const earlier = await journey.scan(guide, 'UC-CFB-K010', { observedAt: before });
      expect(citesResult(earlier)).toMatchObject({ outcome: 'pass', observed: { permits: [number] } });
    }, 60_000);

    it('refuses a guide naming a permit never registered, or held by none of its parties', async () => {
      const facilityId = await journey.sawmill();
      const permit = await journey.plannedPermit([[CEDRO, 100]]);
      const lot = await journey.extracted(permit, CEDRO, 20, 6);
      const body = guideBody({ number: fresh('GTF'), ...permit, facilityId, loads: [lot], plate: freshPlate(), issuedAt: hoursAgo(2) });
      expect((await journey.post(HOLDS, '/guides', { ...body, citesPermits: ['NOT-REGISTERED'] }, 404)).body.error).toBe('cites_permit_not_found');
      const elsewhere = fresh('CITES');
      await journey.post(SERFOR, '/cites-permits', citesBody(elsewhere, 25, { holderTaxId: '20111111111' }), 201);
      expect((await journey.post(HOLDS, '/guides', { ...body, citesPermits: [elsewhere] }, 409)).body).toMatchObject({ error: 'cites_permit_not_held', details: { number: elsewhere } });
      expect((await journey.lot(lot.lotId)).history.map((entry: { type: string }) => entry.type)).toEqual(['LotExtracted']);
    }, 60_000);
  });
});
