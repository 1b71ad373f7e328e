import { randomInt, randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { PartyDisqualifiedV1 } from '#sanctions/integration';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { type Body, Journey, permitPath } from '../journeys/journey-app.js';
import {
  AUTHORITY,
  dateFromToday,
  extractionBody,
  fresh,
  freshPlate,
  guideBody,
  hoursAgo,
  type Load,
  permitBody,
  planBody,
  REGULATOR,
  sawmillBody,
  TORNILLO,
  type Who,
} from '../journeys/road-to-pucallpa.js';
import { suiteApp } from '../standalone/suite-app.js';

// The sanctions publication is not driven here: each test puts the `PartyDisqualified` a final case publishes on the
// app's bus itself, as the publication would, and then sees harvest, custody and processing refuse the party.

/** A RUC of the suite's own, so no other test's party is disqualified. */
const freshRuc = () => `20${randomInt(100_000_000, 1_000_000_000)}`;
const holderOf = (taxId: string): Who => ['permit_holder', taxId];

function disqualification(taxId: string, from: string, until: string, caseId = randomUUID()): IntegrationMessage<PartyDisqualifiedV1> {
  const at = new Date().toISOString();
  return {
    id: randomUUID(),
    streamId: `case-${caseId}`,
    type: 'PartyDisqualified',
    version: 1,
    metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: { id: 'director-arffs-ucayali', role: 'regulator', organisation: AUTHORITY }, occurredAt: at },
    data: { caseId, authority: AUTHORITY, taxId, from, until, at },
  };
}

function describeDisqualification(store: string, postgresUrl?: string): void {
  describe(`disqualified parties, on ${store}`, () => {
    const suite = suiteApp(postgresUrl);
    const journey = new Journey(suite.app, suite.dataDir);
    const bus = () => suite.app().get<MessageBus>(MESSAGE_BUS);

    /** Publishes the disqualification and waits until every consumer has noted it. */
    async function disqualify(taxId: string, from: string, until: string): Promise<IntegrationMessage<PartyDisqualifiedV1>> {
      const message = disqualification(taxId, from, until);
      await bus().publish([message]);
      await bus().caughtUp();
      return message;
    }

    const running = (taxId: string) => disqualify(taxId, dateFromToday(-10), dateFromToday(30));
    const ended = (taxId: string) => disqualify(taxId, dateFromToday(-400), dateFromToday(-2));

    function expectRefusal(body: Body, { data }: IntegrationMessage<PartyDisqualifiedV1>): void {
      expect(body).toMatchObject({ error: 'party_disqualified', details: { caseId: data.caseId, authority: AUTHORITY, taxId: data.taxId, from: data.from, until: data.until } });
      for (const named of [data.caseId, AUTHORITY, data.until]) expect(body.message).toContain(named);
    }

    /** A permit of the holder with a plan for tornillo, and a lot extracted under it that custody keeps. */
    async function holderWithLot(taxId: string): Promise<{ permitId: string; planId: string; lot: Load }> {
      const permitId = fresh('25-UCA/C-J');
      await journey.post(REGULATOR, '/permits', { ...permitBody(permitId), holderTaxId: taxId }, 201);
      await journey.post(REGULATOR, `${permitPath(permitId)}/plans`, planBody('POA-01', [[TORNILLO, 100]]), 201);
      const lot: Load = { lotId: fresh('LOT'), species: TORNILLO, volumeM3: 5, pieces: 3 };
      await journey.post(holderOf(taxId), `${permitPath(permitId)}/extractions`, extractionBody('POA-01', lot.lotId, TORNILLO, 5, 3), 201);
      await eventually(() => journey.get(holderOf(taxId), `/lots/${lot.lotId}`));
      return { permitId, planId: 'POA-01', lot };
    }

    function guideOf(permit: { permitId: string; planId: string; lot: Load }, facilityId: string, parties: { holderTaxId: string; issuerTaxId: string }): object {
      const body = guideBody({ number: fresh('GTF'), permitId: permit.permitId, planId: permit.planId, facilityId, loads: [permit.lot], plate: freshPlate(), issuedAt: hoursAgo(1) });
      return { ...body, ...parties, ownerTaxId: parties.holderTaxId };
    }

    it('refuses a permit to a holder disqualified today, and registers one for another party or after the period', async () => {
      const [barred, released, other] = [freshRuc(), freshRuc(), freshRuc()];
      const message = await running(barred);
      await ended(released);

      const { body } = await journey.post(REGULATOR, '/permits', { ...permitBody(fresh('25-UCA/C-J')), holderTaxId: barred }, 409);
      expectRefusal(body, message);
      await journey.post(REGULATOR, '/permits', { ...permitBody(fresh('25-UCA/C-J')), holderTaxId: released }, 201);
      await journey.post(REGULATOR, '/permits', { ...permitBody(fresh('25-UCA/C-J')), holderTaxId: other }, 201);
    }, 120_000);

    it('answers a retry of a permit registered before the disqualification as it was', async () => {
      const holder = freshRuc();
      const permit = { ...permitBody(fresh('25-UCA/C-J')), holderTaxId: holder };
      const { body: first } = await journey.post(REGULATOR, '/permits', permit, 201, 'register-before');
      await running(holder);
      expect((await journey.post(REGULATOR, '/permits', permit, 201, 'register-before')).body).toEqual(first);
    }, 120_000);

    it('refuses a guide whose holder or issuer is disqualified, and issues one once the period ended', async () => {
      const facilityId = await journey.sawmill();
      const holder = freshRuc();
      await ended(holder);
      await journey.post(holderOf(holder), '/guides', guideOf(await holderWithLot(holder), facilityId, { holderTaxId: holder, issuerTaxId: holder }), 201);

      const permit = await holderWithLot(holder);
      const againstHolder = await running(holder);
      expectRefusal((await journey.post(holderOf(holder), '/guides', guideOf(permit, facilityId, { holderTaxId: holder, issuerTaxId: holder }), 409)).body, againstHolder);

      const another = freshRuc();
      const issuer = freshRuc();
      const againstIssuer = await running(issuer);
      const permitOfAnother = await holderWithLot(another);
      expectRefusal((await journey.post(holderOf(another), '/guides', guideOf(permitOfAnother, facilityId, { holderTaxId: another, issuerTaxId: issuer }), 409)).body, againstIssuer);
      await journey.post(holderOf(another), '/guides', guideOf(permitOfAnother, facilityId, { holderTaxId: another, issuerTaxId: another }), 201);
    }, 120_000);

    it('refuses to register a processor whose holder is disqualified, and registers one for another party or after the period', async () => {
      const [barred, released] = [freshRuc(), freshRuc()];
      const message = await running(barred);
      await ended(released);
      expectRefusal((await journey.post(REGULATOR, '/processors', { ...sawmillBody(fresh('CTP-PUC')), holderTaxId: barred }, 409)).body, message);
      await journey.post(REGULATOR, '/processors', { ...sawmillBody(fresh('CTP-PUC')), holderTaxId: released }, 201);
      await journey.post(REGULATOR, '/processors', { ...sawmillBody(fresh('CTP-PUC')), holderTaxId: freshRuc() }, 201);
    }, 120_000);

    it('keeps the register regulators query: running ones by default, past ones too on asking, each case once', async () => {
      const [barred, released] = [freshRuc(), freshRuc()];
      const message = await running(barred);
      await bus().publish([message]);
      const past = await ended(released);
      const entry = (sent: IntegrationMessage<PartyDisqualifiedV1>, inForce: boolean) => ({ ...sent.data, inForce });

      const register = (query: string, who: Who = ['regulator', 'OSINFOR']) => journey.get(who, `/disqualifications${query}`);
      await eventually(async () => expect((await register(`?taxId=${barred}`)).body.disqualifications).toEqual([entry(message, true)]));
      await eventually(async () => expect((await register(`?taxId=${released}&all=true`)).body.disqualifications).toEqual([entry(past, false)]));
      expect((await register(`?taxId=${released}`)).body.disqualifications).toEqual([]);
      const { body: whole } = await register('');
      expect(whole.disqualifications).toContainEqual(entry(message, true));
      expect(whole.disqualifications).not.toContainEqual(entry(past, false));
      expect((await journey.get(holderOf(barred), '/disqualifications', 403)).body.error).toBe('role_not_allowed');
      expect((await journey.get(REGULATOR, '/disqualifications?all=yes', 400)).body.error).toBe('validation_failed');
    }, 120_000);
  });
}

describeDisqualification('the embedded store');

describeWithServer(POSTGRES, 'disqualified parties on postgres', (url) => describeDisqualification('postgres', url));
