import { describe, expect, it } from '@jest/globals';
import { type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import { describeWithServer, eventually, POSTGRES } from '#testing';
import { LINEAGE, type Lineage } from '../../libs/certificates/src/lineage/lineage.port.js';
import { RevocationProcess } from '../../libs/certificates/src/revocation/revocation.process.js';
import { type Body, Journey } from '../journeys/journey-app.js';
import { AUTHORITY, hoursAgo, m3, REGULATOR, TORNILLO, type Who } from '../journeys/road-to-pucallpa.js';
import { suiteApp } from '../standalone/suite-app.js';
import { edge, Facts, type Forest, forestFacts, type Product, PRODUCTS } from './lineage-facts.js';

// Each trigger is published alone on the bus over a forest of its own, with certificates for P1 (logs A, B), P2
// (logs C, D) and P3 (split from B): the certificates whose lineage holds what it touches change, the others do not.

type Standing = 'valid' | 'suspended' | 'revoked';

interface Step {
  readonly publish: (facts: Facts, forest: Forest) => IntegrationMessage[];
  /** The certificates the step changes, and the standing it leaves them in. */
  readonly changes: Partial<Record<Product, Standing>>;
  /** What the reason of each certificate it suspends or revokes names. */
  readonly naming?: (forest: Forest) => string;
  /** For a step that changes none: the lot the lineage holds once its facts are noted. */
  readonly noted?: (forest: Forest) => string;
}

interface Trigger {
  readonly title: string;
  readonly steps: readonly Step[];
}

// Ids a trigger's steps share, derived from the forest so they are fresh with it.
const inspection = (forest: Forest) => `CASE-${forest.products.P1}`;
const hold = (forest: Forest) => `CASE-HOLD-${forest.products.P2}`;
const seizedLot = (forest: Forest) => `${forest.products.P1}-SEIZED`;
const unguidedLoad = (forest: Forest) => `GTF-NONE-${forest.products.P1}`;
const neverExtracted = (forest: Forest) => `${forest.products.P2}-UNKNOWN`;

const TRIGGERS: readonly Trigger[] = [
  {
    title: 'a case opened on log A suspends P1 only, and its final sanction revokes it',
    steps: [
      { publish: (facts, forest) => [facts.caseOpened(inspection(forest), [forest.logs.A.lotId])], changes: { P1: 'suspended' }, naming: inspection },
      // Named by the case's outcome: custody's confiscation of A, which follows the sanction, revokes too.
      { publish: (facts, forest) => [facts.caseClosed(inspection(forest), 'sanction', [forest.logs.A.lotId])], changes: { P1: 'revoked' }, naming: (forest) => `${inspection(forest)} before ${AUTHORITY} ended in a final sanction` },
    ],
  },
  {
    title: 'a case opened on log A suspends P1 only, and its dismissal reinstates it',
    steps: [
      { publish: (facts, forest) => [facts.caseOpened(inspection(forest), [forest.logs.A.lotId])], changes: { P1: 'suspended' }, naming: inspection },
      { publish: (facts, forest) => [facts.caseClosed(inspection(forest), 'dismissal', [forest.logs.A.lotId])], changes: { P1: 'valid' } },
    ],
  },
  {
    title: 'log B confiscated revokes P1 and P3, which both hold it, and not P2',
    steps: [{ publish: (facts, forest) => [facts.confiscated(forest.logs.B.lotId, `CASE-${forest.logs.B.lotId}`, 10)], changes: { P1: 'revoked', P3: 'revoked' }, naming: (forest) => forest.logs.B.lotId }],
  },
  {
    title: 'log C immobilised suspends P2 only, and its release reinstates it',
    steps: [
      { publish: (facts, forest) => [facts.immobilised(forest.logs.C.lotId, hold(forest), 12)], changes: { P2: 'suspended' }, naming: (forest) => forest.logs.C.lotId },
      { publish: (facts, forest) => [facts.released(forest.logs.C.lotId, hold(forest))], changes: { P2: 'valid' } },
    ],
  },
  {
    title: "the first permit suspended suspends every product of its logs and none of the second permit's; cancelled, it revokes them",
    steps: [
      { publish: (facts, forest) => [facts.permitStanding(forest.permits.first, 'suspended', 'supervision pending')], changes: { P1: 'suspended', P3: 'suspended' }, naming: (forest) => forest.permits.first },
      { publish: (facts, forest) => [facts.permitStanding(forest.permits.first, 'cancelled', 'caducidad')], changes: { P1: 'revoked', P3: 'revoked' }, naming: (forest) => forest.permits.first },
    ],
  },
  {
    title: 'a flag on the guide that carried logs A and B suspends the products of their timber, P1 and P3',
    steps: [{ publish: (facts, forest) => [facts.shipmentFlagged(forest.logGuides.AB, [forest.logs.A.lotId, forest.logs.B.lotId], hoursAgo(38))], changes: { P1: 'suspended', P3: 'suspended' }, naming: (forest) => forest.logGuides.AB }],
  },
  {
    title: 'a transformation flagged over yield revokes its product P1 only, not P3 that shares log B',
    steps: [{ publish: (facts, forest) => [facts.transformationFlagged(forest.sawmill, forest.sawing.P1, 21, 12.5)], changes: { P1: 'revoked' }, naming: (forest) => forest.sawing.P1 }],
  },
  {
    title: 'a lot seized at a checkpoint touches no certificate until it is linked into P1, which it revokes alone',
    steps: [
      {
        publish: (facts, forest) => [
          facts.shipmentFlagged(unguidedLoad(forest), [], hoursAgo(1), [{ lotId: seizedLot(forest), species: TORNILLO, pieces: 3, volume: m3(2), basis: 'no_guide' }]),
        ],
        changes: {},
        noted: seizedLot,
      },
      {
        publish: (facts, forest) => [facts.lineageChanged(forest.sawmill, forest.products.P1, [edge(forest.logs.A.lotId, 15), edge(forest.logs.B.lotId, 6), edge(seizedLot(forest), 2)], [], forest.sawing.P1)],
        changes: { P1: 'revoked' },
        naming: seizedLot,
      },
    ],
  },
  {
    title: 'a lot of no recorded extraction linked into P2 suspends P2 alone',
    steps: [
      {
        publish: (facts, forest) => [facts.lineageChanged(forest.sawmill, forest.products.P2, [edge(forest.logs.C.lotId, 12), edge(forest.logs.D.lotId, 9), edge(neverExtracted(forest), 3)], [], forest.sawing.P2)],
        changes: { P2: 'suspended' },
        naming: neverExtracted,
      },
    ],
  },
];

const SETTLED = { timeoutMs: 30_000 };

function describeRevocationTriggers(store: string, postgresUrl?: string): void {
  describe(`revocation triggers, on ${store}`, () => {
    // The suite's app itself, not only its HTTP face: its bus, its lineage and its revocation process.
    const suite = suiteApp(postgresUrl);
    const journey = new Journey(suite.app, suite.dataDir);
    const bus = () => suite.app().get<MessageBus>(MESSAGE_BUS);
    const exporter = (forest: Forest): Who => ['exporter', forest.exporterTaxId];
    const verification = async (certificateId: string): Promise<Body> => (await journey.getPublic(`/certificates/${certificateId}/verification`)).body;

    /** The forest's facts noted and folded, then a certificate issued to its exporter for each product. */
    async function certifiedForest(facts: Facts): Promise<{ forest: Forest; certificates: Record<Product, string> }> {
      const { forest, messages } = forestFacts(facts);
      await bus().publish(messages);
      await bus().caughtUp();
      await suite.app().get<Lineage>(LINEAGE).settled();
      for (const product of PRODUCTS) {
        await eventually(async () => {
          const { body } = await journey.get(REGULATOR, `/lots/${forest.products[product]}/lineage`);
          expect((body.ancestors as Body[]).map((ancestor) => ancestor.lotId).sort()).toEqual([...forest.ancestors[product]].sort());
        }, SETTLED);
      }
      const certificates = {} as Record<Product, string>;
      for (const product of PRODUCTS) {
        const { body } = await journey.post(exporter(forest), '/certificates', { productLotId: forest.products[product] }, 201);
        expect(body).toMatchObject({ status: 'valid', productLotId: forest.products[product], exporterTaxId: forest.exporterTaxId });
        certificates[product] = body.certificateId as string;
      }
      return { forest, certificates };
    }

    for (const trigger of TRIGGERS) {
      it(trigger.title, async () => {
        const facts = new Facts();
        const { forest, certificates } = await certifiedForest(facts);
        const expected: Record<Product, { standing: Standing; naming?: string }> = { P1: { standing: 'valid' }, P2: { standing: 'valid' }, P3: { standing: 'valid' } };

        for (const step of trigger.steps) {
          await bus().publish(step.publish(facts, forest));
          if (step.noted) await eventually(() => journey.get(REGULATOR, `/lots/${step.noted!(forest)}/lineage`), SETTLED);
          for (const [product, standing] of Object.entries(step.changes) as [Product, Standing][]) {
            expected[product] = standing === 'valid' ? { standing } : { standing, naming: step.naming!(forest) };
            const { naming } = expected[product];
            await eventually(async () => expect(await verification(certificates[product])).toMatchObject({ signature: 'valid', status: standing, ...(naming === undefined ? {} : { reason: expect.stringContaining(naming) }) }), SETTLED);
          }
          // Every fact noted so far has been judged: a certificate it should have changed has changed by now.
          await suite.app().get(RevocationProcess).caughtUp();

          for (const product of PRODUCTS) {
            const verified = await verification(certificates[product]);
            const { standing, naming } = expected[product];
            expect({ product, status: verified.status }).toEqual({ product, status: standing });
            if (naming === undefined) expect(verified.reason).toBeUndefined();
            else expect(verified.reason).toContain(naming);
          }
          await eventually(async () => {
            const { body } = await journey.get(exporter(forest), '/certificates');
            const rows = body.certificates as Body[];
            expect(rows).toHaveLength(PRODUCTS.length);
            for (const product of PRODUCTS) {
              const row = rows.find((listed) => listed.certificateId === certificates[product]);
              const { standing, naming } = expected[product];
              expect({ product, status: row?.status }).toEqual({ product, status: standing });
              if (naming !== undefined) expect((row!.reasons as string[]).join('; ')).toContain(naming);
            }
          }, SETTLED);
        }
      }, 180_000);
    }
  });
}

describeRevocationTriggers('the embedded store');
describeWithServer(POSTGRES, 'revocation triggers', (url) => describeRevocationTriggers('Postgres', url));
