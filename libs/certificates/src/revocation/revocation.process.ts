import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CheckpointedProcess, CONSUMERS, type ConsumerRegistry, type Delivery } from '#messaging';
import { type Actor, type LogPosition, positionFromText, uuidFromName } from '#shared-kernel';
import { CERTIFICATE_LIST, type CertificateList } from '../certificate-list/certificate-list.port.js';
import { type CertificateIssued, certificateStream, type ReassessCertificate, type Trigger } from '../domain/certificate.js';
import { assessLineage } from '../domain/lineage-assessment.js';
import { peruDate } from '../domain/peru-date.js';
import type { LineageFactNoted } from '../lineage/lineage-fact.js';
import { LINEAGE, type Lineage } from '../lineage/lineage.port.js';
import { lotsTouchedBy, mayTouchLots } from './facts-touching-lots.js';

export const CERTIFICATE_REVOCATION = 'process.certificates-revocation';

const ACTOR: Actor = { id: 'certificates.revocation', role: 'system' };

const FACTS = { eventTypes: ['LineageFactNoted'], streamPrefixes: ['certificates-facts-'] };
const FACTS_FOLLOWED = 100;

/**
 * Judges again every standing certificate a fact touches: each fact noted about its lineage, and each certificate
 * just issued that a fact noted after its lineage was read may touch (that fact was not in the rows it was judged on,
 * and came here before the certificate was listed). The read models are waited on until they hold the fact; command
 * ids derive from the fact and the certificate, so a redelivery after a crash has one effect.
 */
@Injectable()
export class RevocationProcess extends CheckpointedProcess {
  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CONSUMERS) consumers: ConsumerRegistry,
    @Inject(LINEAGE) private readonly lineage: Lineage,
    @Inject(CERTIFICATE_LIST) private readonly certificates: CertificateList,
  ) {
    super(store, consumers, { name: CERTIFICATE_REVOCATION, filter: { eventTypes: [...FACTS.eventTypes, 'CertificateIssued'], streamPrefixes: [...FACTS.streamPrefixes, 'certificate-'] } });
  }

  protected async handle(event: Delivery): Promise<void> {
    if (event.type === 'CertificateIssued') {
      const { certificateId, productLotId, exporterTaxId, lineageUpTo } = (event as Delivery<'CertificateIssued', CertificateIssued['data']>).data;
      if (lineageUpTo && !(await this.touchedSince(positionFromText(lineageUpTo), productLotId))) return;
      await this.lineage.settled();
      return this.reassess(event, { certificateId, productLotId, exporterTaxId }, { fact: 'CertificateIssued', subject: event.streamId, at: event.metadata.occurredAt });
    }
    const { fact } = (event as Delivery<'LineageFactNoted', LineageFactNoted['data']>).data;
    if (!mayTouchLots(fact.type)) return;
    await this.lineage.settled();
    const lots = await lotsTouchedBy(fact, this.lineage);
    if (lots.length === 0) return;
    await this.certificates.settled();
    const products = await this.lineage.touched([...new Set(lots)]);
    const trigger: Trigger = { fact: fact.type, subject: event.streamId, at: event.metadata.occurredAt };
    for (const certificate of await this.certificates.standingFor(products)) await this.reassess(event, certificate, trigger);
  }

  /**
   * Whether a fact noted after the lineage was read for a certificate may touch its product: a fact noted before the
   * certificate was issued was handled here before the certificate was listed. Later facts are followed too, a page
   * at most; a full page of them, and judging again costs less than following each.
   */
  private async touchedSince(after: LogPosition, productLotId: string): Promise<boolean> {
    const noted = await this.store.readAll({ after, maxCount: FACTS_FOLLOWED, filter: FACTS });
    if (noted.length === FACTS_FOLLOWED) return true;
    const facts = noted.map((event) => (event.data as LineageFactNoted['data']).fact).filter((fact) => mayTouchLots(fact.type));
    if (facts.length === 0) return false;
    await this.lineage.settled();
    const lots = (await Promise.all(facts.map((fact) => lotsTouchedBy(fact, this.lineage)))).flat();
    return lots.length > 0 && (await this.lineage.touched([...new Set(lots)])).includes(productLotId);
  }

  private async reassess(event: Delivery, certificate: { certificateId: string; productLotId: string; exporterTaxId: string }, trigger: Trigger): Promise<void> {
    const now = new Date().toISOString();
    const view = await this.lineage.view(certificate.productLotId, certificate.exporterTaxId);
    if (!view) return;
    const command: ReassessCertificate = {
      type: 'ReassessCertificate',
      data: { certificateId: certificate.certificateId, findings: assessLineage(view, { on: peruDate(now), purpose: 'reassess' }), trigger, at: now },
    };
    const id = uuidFromName(`${CERTIFICATE_REVOCATION}/${event.id}/${certificate.certificateId}`);
    await certificateStream.handle(this.store, certificate.certificateId, { id, command, actor: ACTOR, occurredAt: now, correlationId: event.metadata.correlationId });
  }
}
