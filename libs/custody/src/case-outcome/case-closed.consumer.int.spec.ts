import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { embeddedEventStore, type EventStore, SqlEventStore } from '#event-store';
import { InProcessBus, type IntegrationMessage } from '#messaging';
import type { CaseClosedV1 } from '#sanctions/integration';
import { cubicMetres, type StreamStore } from '#shared-kernel';
import { postgresClient, type SqlClient } from '#sql';
import { describeWithServer, POSTGRES } from '#testing';
import type { LotEvent } from '../domain/lot.events.js';
import { lotStream } from '../domain/lot.decider.js';
import { AT, extracted, immobilised, LOT, split, YARD } from '../domain/lot.fixtures.spec.js';
import { GuideLots } from '../guide-lots/guide-lots.js';
import { CaseClosedConsumer } from './case-closed.consumer.js';

const CASE = 'CASE-0042';
const CHILD = 'LOT-0002';
const DECLARED = 'LOT-0003';
const director = { id: 'director-arffs-ucayali', role: 'regulator', organisation: 'ATFFS-UCAYALI' };

const of = (lotId: string, event: LotEvent): LotEvent => ({ ...event, data: { ...event.data, lotId } }) as LotEvent;

/** The lot to confiscate, split whole into a child held with it, and a declared lot to release, all under the case. */
const HISTORY: Readonly<Record<string, readonly LotEvent[]>> = {
  [LOT]: [extracted, immobilised(CASE), split([[CHILD, 12.5]], 0)],
  [CHILD]: [
    { type: 'ChildLotCreated', data: { lotId: CHILD, parents: [{ lotId: LOT, volume: cubicMetres(12.5) }], species: 'Cedrela odorata', productType: 'roundwood', place: YARD, volume: cubicMetres(12.5), at: AT } },
    of(CHILD, immobilised(CASE)),
  ],
  [DECLARED]: [of(DECLARED, extracted), of(DECLARED, immobilised(CASE))],
};

const closed = (): IntegrationMessage<CaseClosedV1> => ({
  id: randomUUID(),
  streamId: `case-${CASE}`,
  type: 'CaseClosed',
  version: 1,
  metadata: { correlationId: randomUUID(), causationId: randomUUID(), actor: director, occurredAt: AT },
  data: { caseId: CASE, authority: 'ATFFS-UCAYALI', outcome: 'sanction', measures: ['confiscation'], lotsConfiscated: [LOT], lotsReleased: [DECLARED], at: AT },
});

/** A store that fails every append after the first `appends`, as a process killed mid-way would stop writing. */
function crashingAfter(store: StreamStore, appends: number): StreamStore {
  let left = appends;
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'append') return Reflect.get(target, property, receiver) as unknown;
      return (...args: Parameters<StreamStore['append']>) => (left-- > 0 ? target.append(...args) : Promise.reject(new Error('killed mid-way')));
    },
  });
}

function describeOutcome(kind: string, open: () => Promise<{ store: EventStore; close(): Promise<void> }>): void {
  describe(`a final case carried out on the timber, on ${kind}`, () => {
    let store: EventStore;
    let close: () => Promise<void>;
    const bus = () => new InProcessBus(store);
    const consumerOn = (on: StreamStore) => new CaseClosedConsumer(on, bus(), new GuideLots(on));
    const types = async (lotId: string) => (await store.readStream(lotStream.streamId(lotId))).map((event) => event.type);

    beforeAll(async () => {
      ({ store, close } = await open());
      for (const [lotId, events] of Object.entries(HISTORY)) {
        await store.append(lotStream.streamId(lotId), events.map((event) => ({ ...event, id: randomUUID(), metadata: { actor: director, occurredAt: AT, correlationId: randomUUID(), causationId: randomUUID() } })), 'no_stream');
      }
    }, 60_000);
    afterAll(async () => close?.());

    it('converges after a crash between steps: the timber of a lot split away confiscated where it went, the declared lot released, each once, and a redelivery adds nothing', async () => {
      const message = closed();
      await expect(consumerOn(crashingAfter(store, 1)).handle(message)).rejects.toThrow('killed mid-way');
      expect(await types(CHILD)).toContain('LotConfiscated');
      expect(await types(DECLARED)).not.toContain('LotReleased');

      await consumerOn(store).handle(message);
      await consumerOn(store).handle(message);
      expect((await types(CHILD)).filter((type) => type === 'LotConfiscated')).toHaveLength(1);
      expect((await types(DECLARED)).filter((type) => type === 'LotReleased')).toHaveLength(1);
      expect((await lotStream.load(store, CHILD))!.hold).toEqual({ kind: 'confiscated', caseRef: CASE, authority: 'ATFFS-UCAYALI' });
      expect((await lotStream.load(store, DECLARED))!.hold).toEqual({ kind: 'none' });
      expect(await types(LOT)).toEqual(['LotExtracted', 'LotImmobilised', 'LotSplit']);
    }, 60_000);
  });
}

describeOutcome('the embedded store', async () => {
  const store = await embeddedEventStore({ pollIntervalMs: 20 });
  return { store, close: () => store.close() };
});

describeWithServer(POSTGRES, 'a final case carried out on postgres', (url) =>
  describeOutcome('postgres', async () => {
    const schema = `co_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const client: SqlClient = postgresClient({ url, maxConnections: 4 });
    const store = await SqlEventStore.open(client, { schema, pollIntervalMs: 20, ownsClient: false });
    return {
      store,
      async close() {
        await store.close();
        await client.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.close();
      },
    };
  }),
);
