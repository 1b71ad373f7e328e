import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import { EVENT_STORE } from '#event-store';
import { liveView } from '#projections';
import type { StreamStore } from '#shared-kernel';
import { assertMayReadCertificate } from '../certificate-access.js';
import { CERTIFICATES_SETTINGS, type CertificatesSettings } from '../certificates-settings.js';
import { certificateDocumentStream } from '../domain/certificate-document.js';
import { certificateStream } from '../domain/certificate.js';
import { certificateResponse, type CertificateResponse } from './certificate.response.js';
import { issuedCertificate, signedDocumentOf } from './issued-certificate.js';

/** Certificates are read live, from their stream: a revocation shows the moment it is recorded. */
export const CERTIFICATE_FILE = liveView('certificates_certificate', `${certificateStream.streamId('*')}, ${certificateDocumentStream.streamId('*')}`);

export class CertificateFileQuery extends Query<CertificateResponse> {
  constructor(
    readonly certificateId: string,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}

/** Live: folded from the certificate's stream on each read, so a revocation shows the moment it is recorded. */
@QueryHandler(CertificateFileQuery)
export class CertificateFileHandler implements IQueryHandler<CertificateFileQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(CERTIFICATES_SETTINGS) private readonly settings: CertificatesSettings,
  ) {}

  async execute({ certificateId, actor }: CertificateFileQuery): Promise<CertificateResponse> {
    const certificate = await issuedCertificate(this.store, certificateId);
    assertMayReadCertificate(actor, certificate);
    return certificateResponse(certificate, await signedDocumentOf(this.store, certificate), this.settings);
  }
}
