import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { embeddedEventStore, type EventStore } from '#event-store';
import { ConsumerRegistry, type Delivery } from '#messaging';
import { type Actor, handleCommand, positionText, type RecordedEvent } from '#shared-kernel';
import type { CertificateList } from '../certificate-list/certificate-list.port.js';
import { certificateStream, type RequestCertificate } from '../domain/certificate.js';
import { type LineageFact, lineageFactStream } from '../lineage/lineage-fact.js';
import type { Lineage } from '../lineage/lineage.port.js';
import { RevocationProcess } from './revocation.process.js';

const ACTOR: Actor = { id: 'exporter-1', role: 'exporter' };
const AT = '2026-06-01T10:00:00-05:00';

/** A lineage whose rows are settled: what a fact on a lot touches downstream, and which views were asked for. */
class WatchedLineage implements Pick<Lineage, 'settled' | 'touched' | 'view' | 'lotsOfPermit' | 'lotsNamedBy'> {
  readonly viewed: string[] = [];
  constructor(private readonly madeInto: Record<string, readonly string[]>) {}
  settled = () => Promise.resolve();
  touched = (lotIds: readonly string[]) => Promise.resolve(lotIds.flatMap((lotId) => [lotId, ...(this.madeInto[lotId] ?? [])]));
  // No view: the judgement asked for is all this test watches, not what it finds.
  view = (lotId: string) => Promise.resolve(void this.viewed.push(lotId));
  lotsOfPermit = () => Promise.resolve([]);
  lotsNamedBy = () => Promise.resolve([]);
}

describe('the revocation process, on a certificate just issued', () => {
  let store: EventStore;
  let lineage: WatchedLineage;
  let process: { handle(event: Delivery): Promise<void> };

  beforeAll(async () => {
    store = await embeddedEventStore();
    lineage = new WatchedLineage({ 'LOG-A': ['BOARDS-1'], 'LOG-C': ['BOARDS-2'] });
    // Only handled here, never started: the list is asked for nothing on an issuance.
    process = new RevocationProcess(store, new ConsumerRegistry(), lineage as unknown as Lineage, {} as CertificateList) as unknown as typeof process;
  }, 60_000);
  afterAll(() => store?.close());

  const head = async () => (await store.readAll({ maxCount: 100_000 })).at(-1)!.position;
  const immobilised = (lotId: string) => {
    const fact = { type: 'LotImmobilised', version: 1, data: { lotId, caseRef: `EXP-${lotId}`, reason: 'logs of a plot under supervision', authority: 'ARFFS-UCAYALI', volume: { value: 3, unit: 'm3' }, at: AT } } as LineageFact;
    return lineageFactStream.handle(store, `lot-${lotId}-${crypto.randomUUID()}`, { id: crypto.randomUUID(), command: { type: 'NoteLineageFact', data: { fact } }, actor: ACTOR, occurredAt: AT });
  };
  const issued = async (certificateId: string, productLotId: string, lineageUpTo: RequestCertificate['data']['lineageUpTo']): Promise<Delivery> => {
    const command: RequestCertificate = { type: 'RequestCertificate', data: { certificateId, productLotId, exporterTaxId: '20555666777', findings: [], signed: { digest: 'c0ffee'.padEnd(64, '0'), keyId: 'key-1' }, lineageUpTo, at: AT } };
    const { events } = await handleCommand(store, certificateStream.decider, certificateStream.streamId(certificateId), { id: crypto.randomUUID(), command, actor: ACTOR, occurredAt: AT });
    const [event] = await store.readStream(certificateStream.streamId(certificateId));
    expect(events).toHaveLength(1);
    return event as RecordedEvent;
  };

  it('judges it again when a fact noted after its lineage was read touches its product', async () => {
    await immobilised('LOG-0');
    const readAt = positionText(await head());
    await immobilised('LOG-A');
    await process.handle(await issued('CERT-1', 'BOARDS-1', readAt));
    expect(lineage.viewed).toEqual(['BOARDS-1']);
  });

  it('leaves it alone when the facts noted since touch other products, or none was', async () => {
    lineage.viewed.length = 0;
    const readAt = positionText(await head());
    await process.handle(await issued('CERT-2', 'BOARDS-1', readAt));
    await immobilised('LOG-C');
    await process.handle(await issued('CERT-3', 'BOARDS-1', readAt));
    expect(lineage.viewed).toEqual([]);
  });

  it('judges it again when more facts were noted since than it follows, whatever they touch', async () => {
    lineage.viewed.length = 0;
    const readAt = positionText(await head());
    for (let i = 0; i < 100; i++) await immobilised(`LOG-X${i}`);
    await process.handle(await issued('CERT-4', 'BOARDS-2', readAt));
    expect(lineage.viewed).toEqual(['BOARDS-2']);
  }, 60_000);
});
