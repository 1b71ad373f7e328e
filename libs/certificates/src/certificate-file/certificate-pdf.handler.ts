import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import { EVENT_STORE } from '#event-store';
import type { StreamStore } from '#shared-kernel';
import { assertMayReadCertificate } from '../certificate-access.js';
import { CERTIFICATES_SETTINGS, type CertificatesSettings } from '../certificates-settings.js';
import { signedContent } from '../signing/certificate-signer.js';
import { verificationUrl } from './certificate.response.js';
import { issuedCertificate, signedDocumentOf } from './issued-certificate.js';

export class CertificatePdfQuery extends Query<Buffer> {
  constructor(
    readonly certificateId: string,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}

/** The certificate as a PDF, its standing at the time of rendering printed on it, and a QR code to verify it. */
@QueryHandler(CertificatePdfQuery)
export class CertificatePdfHandler implements IQueryHandler<CertificatePdfQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(CERTIFICATES_SETTINGS) private readonly settings: CertificatesSettings,
  ) {}

  async execute({ certificateId, actor }: CertificatePdfQuery): Promise<Buffer> {
    const certificate = await issuedCertificate(this.store, certificateId);
    assertMayReadCertificate(actor, certificate);
    const { jws, keyId } = await signedDocumentOf(this.store, certificate);
    const content = signedContent(jws);
    const state = certificate.status === 'refused' ? 'revoked' : certificate.status;
    const reason = certificate.findings.map((finding) => finding.message).join('; ');
    // pdfkit and its fonts load on the first PDF asked for, not at every start (~0.15 s).
    const { certificatePdf } = await import('../certificate-pdf/certificate-pdf.js');
    return certificatePdf({
      content,
      keyId,
      verificationUrl: verificationUrl(this.settings, certificateId),
      status: state === 'valid' ? { state } : { state, reason, at: certificate.since },
    });
  }
}
