import { type DynamicModule, Module } from '@nestjs/common';
import { liveViewProvider, readModelPort } from '#projections';
import { CertificateFileController } from './certificate-file/certificate-file.controller.js';
import { CERTIFICATE_FILE, CertificateFileHandler } from './certificate-file/certificate-file.handler.js';
import { CertificatePdfHandler } from './certificate-file/certificate-pdf.handler.js';
import { CertificateListHandler } from './certificate-list/certificate-list.handler.js';
import { CERTIFICATE_LIST } from './certificate-list/certificate-list.port.js';
import { certificateListProjection } from './certificate-list/certificate-list.projection.js';
import { CertificateListReadModel } from './certificate-list/certificate-list.read-model.js';
import { CertificateRequestController } from './certificate-request/certificate-request.controller.js';
import { RequestCertificateHandler } from './certificate-request/request-certificate.handler.js';
import { CERTIFICATES_SETTINGS, type CertificatesSettings } from './certificates-settings.js';
import { EpcisExportHandler, EudrExportHandler, LaceyExportHandler } from './exports/export.handlers.js';
import { ExportsController } from './exports/exports.controller.js';
import { LineageController } from './lineage/lineage.controller.js';
import { LineageHandler } from './lineage/lineage.handler.js';
import { LineageFactsConsumer } from './lineage/lineage-facts.consumer.js';
import { LINEAGE } from './lineage/lineage.port.js';
import { lineageProjection } from './lineage/lineage.projection.js';
import { LineageReadModel } from './lineage/lineage.read-model.js';
import { RevocationProcess } from './revocation/revocation.process.js';
import { loadCertificateKeys } from './signing/certificate-keys.js';
import { CERTIFICATE_KEYS } from './signing/certificate-signer.js';
import { SigningKeysHandler, VerifyByIdHandler, VerifyPresentedHandler } from './verification/verification.handler.js';
import { SignedCertificates } from './verification/signed-certificates.js';
import { VerificationController } from './verification/verification.controller.js';

/** The certificates context: every lot's lineage, origin certificates judged on it, signed, verified by anyone, revoked when it turns out illegal. */
@Module({})
export class CertificatesModule {
  static forRoot(settings: CertificatesSettings): DynamicModule {
    return {
      module: CertificatesModule,
      // Public routes first: `certificates/jwks.json` must not be taken for a certificate id.
      controllers: [VerificationController, CertificateRequestController, ExportsController, CertificateFileController, LineageController],
      providers: [
        { provide: CERTIFICATES_SETTINGS, useValue: settings },
        { provide: CERTIFICATE_KEYS, useFactory: () => loadCertificateKeys(settings.keys) },
        LineageFactsConsumer,
        ...readModelPort(LINEAGE, lineageProjection, (model) => new LineageReadModel(model)),
        ...readModelPort(CERTIFICATE_LIST, certificateListProjection, (model) => new CertificateListReadModel(model)),
        liveViewProvider(CERTIFICATE_FILE),
        RequestCertificateHandler,
        CertificateFileHandler,
        CertificatePdfHandler,
        CertificateListHandler,
        LineageHandler,
        SigningKeysHandler,
        SignedCertificates,
        VerifyByIdHandler,
        VerifyPresentedHandler,
        EpcisExportHandler,
        EudrExportHandler,
        LaceyExportHandler,
        RevocationProcess,
      ],
    };
  }
}
