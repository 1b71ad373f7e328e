import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import { REFERENCE_DATA, type ReferenceData } from '#reference-data/integration';
import { positionText, type StreamStore, uuidFromName } from '#shared-kernel';
import { assertMayReadLot, LotNotFound } from '../certificate-access.js';
import { certificateResponse, type CertificateResponse } from '../certificate-file/certificate.response.js';
import { issuedDigest, signedDocumentOf } from '../certificate-file/issued-certificate.js';
import { CERTIFICATES_SETTINGS, type CertificatesSettings } from '../certificates-settings.js';
import { type CertificateContent, certificateContent } from '../domain/certificate-content.js';
import { certificateSummary } from '../domain/certificate-summary.js';
import { certificateDocumentStream, type KeepSignedCertificate, type SignedDocument } from '../domain/certificate-document.js';
import { CertificateRefusedError, certificateStream, type RequestCertificate } from '../domain/certificate.js';
import { assessLineage } from '../domain/lineage-assessment.js';
import { lineageLots, type LineageView } from '../domain/lineage.js';
import { peruDate } from '../domain/peru-date.js';
import { LINEAGE, type Lineage } from '../lineage/lineage.port.js';
import { CERTIFICATE_KEYS, digestOf, signCertificate } from '../signing/certificate-signer.js';
import type { CertificateKeys } from '../signing/certificate-keys.js';
import { SignedCertificates } from '../verification/signed-certificates.js';
import { RequestCertificateCommand } from './request-certificate.command.js';

/**
 * Judges the product lot's whole lineage as it stands and records the answer: a signed certificate, or a refusal
 * listing each failing lot and why (an event too, so the exporter's list shows it). A retry with the same
 * Idempotency-Key reaches the same certificate and answers as first recorded.
 */
@CommandHandler(RequestCertificateCommand)
export class RequestCertificateHandler implements ICommandHandler<RequestCertificateCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(LINEAGE) private readonly lineage: Lineage,
    @Inject(CERTIFICATE_KEYS) private readonly keys: CertificateKeys,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
    @Inject(CERTIFICATES_SETTINGS) private readonly settings: CertificatesSettings,
    private readonly signedCertificates: SignedCertificates,
  ) {}

  async execute({ body, actor, idempotencyKey }: RequestCertificateCommand): Promise<CertificateResponse> {
    const now = new Date().toISOString();
    const lineageUpTo = positionText(await this.lineage.heldUpTo());
    const view = await this.lineage.view(body.productLotId, actor.organisation);
    if (!view) throw new LotNotFound(body.productLotId);
    assertMayReadLot(actor, view);
    const { id, requestDigest } = commandIdFor('certificates/requests', actor, idempotencyKey, body);
    const certificateId = `CERT-${uuidFromName(`certificates/${id}`)}`;
    const findings = assessLineage(view, { on: peruDate(now), purpose: 'issue' });
    const kept = findings.length === 0 ? await this.keepSigned(view, { certificateId, commandId: id, actor, now }) : undefined;
    const document = kept?.document;
    const signed = document ? { digest: digestOf(document.jws), keyId: document.keyId } : undefined;
    const command: RequestCertificate = { type: 'RequestCertificate', data: { certificateId, productLotId: body.productLotId, exporterTaxId: actor.organisation, findings, ...(signed ? { signed } : {}), lineageUpTo, at: now } };
    const { state } = await certificateStream.handle(this.store, certificateId, { id, command, actor, occurredAt: now, requestDigest });
    if (state!.status === 'refused') throw new CertificateRefusedError(certificateId, state!.productLotId, state!.findings);
    const summary = kept?.signedNow && certificateSummary(kept.signedNow);
    if (summary && signed && issuedDigest(state!) === signed.digest) this.signedCertificates.remember(certificateId, { signature: 'valid', ...signed, certificate: summary });
    // A retry whose lineage no longer passes answers the certificate as first issued, and so its document.
    return certificateResponse(state!, document ?? (await signedDocumentOf(this.store, state!)), this.settings, summary);
  }

  /**
   * Signs the certificate's content and keeps the document before the certificate names it: a retry after a crash
   * between the two finds the document kept and issues that one; a document no issuance names is no certificate.
   * Answers what was signed now when it is the document kept.
   */
  private async keepSigned(
    view: LineageView,
    { certificateId, commandId, actor, now }: { certificateId: string; commandId: string; actor: AuthenticatedActor; now: string },
  ): Promise<{ document: SignedDocument; signedNow?: CertificateContent }> {
    const species = view.lot.species ?? lineageLots(view).find((lot) => lot.species !== undefined)?.species;
    const entry = species === undefined ? undefined : await this.reference.species(species, new Date(now));
    const content = certificateContent(view, { certificateId, issuer: this.settings.issuer, issuedAt: now, exporterTaxId: actor.organisation, commonNames: entry?.commonNames ?? [] });
    const signature = await signCertificate(this.keys, content);
    const command: KeepSignedCertificate = { type: 'KeepSignedCertificate', data: { certificateId, ...signature, at: now } };
    const { state } = await certificateDocumentStream.handle(this.store, certificateId, { id: uuidFromName(`${commandId}/document`), command, actor, occurredAt: now });
    return { document: state!, ...(state!.jws === signature.jws ? { signedNow: content } : {}) };
  }
}
