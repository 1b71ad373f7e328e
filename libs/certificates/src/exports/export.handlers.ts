import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import type { StreamStore } from '#shared-kernel';
import { assertMayReadCertificate, assertMayReadLot, LotNotFound } from '../certificate-access.js';
import { issuedCertificate, signedDocumentOf } from '../certificate-file/issued-certificate.js';
import { CERTIFICATES_SETTINGS, type CertificatesSettings } from '../certificates-settings.js';
import { type EpcisDocument, epcisDocument } from '../domain/exports/epcis-document.js';
import { type EudrStatement, eudrStatement, hsHeadingOf } from '../domain/exports/eudr-statement.js';
import { type LaceyDeclaration, laceyDeclaration } from '../domain/exports/lacey-declaration.js';
import { LINEAGE, type Lineage } from '../lineage/lineage.port.js';
import { signedContent } from '../signing/certificate-signer.js';
import { EpcisExportQuery, EudrExportQuery, LaceyExportQuery } from './export-queries.js';

/** Async: the lineage read model, milliseconds behind the facts. */
@QueryHandler(EpcisExportQuery)
export class EpcisExportHandler implements IQueryHandler<EpcisExportQuery> {
  constructor(
    @Inject(LINEAGE) private readonly lineage: Lineage,
    @Inject(CERTIFICATES_SETTINGS) private readonly settings: CertificatesSettings,
  ) {}

  async execute({ lotId, actor }: EpcisExportQuery): Promise<EpcisDocument> {
    const view = await this.lineage.view(lotId);
    if (!view) throw new LotNotFound(lotId);
    assertMayReadLot(actor, view);
    return epcisDocument(view, { createdAt: new Date().toISOString(), baseUri: this.settings.publicUrl.replace(/\/+$/, '') });
  }
}

/** From the certificate as signed: the statement says what the certificate says. */
@QueryHandler(EudrExportQuery)
export class EudrExportHandler implements IQueryHandler<EudrExportQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ certificateId, actor }: EudrExportQuery): Promise<EudrStatement> {
    const certificate = await issuedCertificate(this.store, certificateId);
    assertMayReadCertificate(actor, certificate);
    const content = signedContent((await signedDocumentOf(this.store, certificate)).jws);
    return eudrStatement(content, hsHeadingOf(content.productLot.productType));
  }
}

@QueryHandler(LaceyExportQuery)
export class LaceyExportHandler implements IQueryHandler<LaceyExportQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ certificateId, actor, value }: LaceyExportQuery): Promise<LaceyDeclaration> {
    const certificate = await issuedCertificate(this.store, certificateId);
    assertMayReadCertificate(actor, certificate);
    return laceyDeclaration(signedContent((await signedDocumentOf(this.store, certificate)).jws), value);
  }
}
