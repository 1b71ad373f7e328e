import { ApiProperty } from '@nestjs/swagger';
import type { CertificatesSettings } from '../certificates-settings.js';
import { type CertificateSummary, certificateSummary } from '../domain/certificate-summary.js';
import type { SignedDocument } from '../domain/certificate-document.js';
import type { Certificate, CertificateStatus } from '../domain/certificate.js';
import type { Finding } from '../domain/lineage-assessment.js';
import { signedContent } from '../signing/certificate-signer.js';

export class CertificateResponse {
  @ApiProperty({ example: 'CERT-7d1c…' })
  readonly certificateId!: string;
  @ApiProperty()
  readonly productLotId!: string;
  @ApiProperty({ description: "The exporter's RUC" })
  readonly exporterTaxId!: string;
  @ApiProperty({ enum: ['valid', 'suspended', 'revoked'] })
  readonly status!: Exclude<CertificateStatus, 'refused'>;
  @ApiProperty({ description: 'When the status began' })
  readonly since!: string;
  @ApiProperty({ description: 'What suspended or revoked it: each lot, check and why; empty while valid', type: 'array', items: { type: 'object' } })
  readonly findings!: readonly Finding[];
  @ApiProperty({
    description: 'What the certificate states, its plots and the lists of its chain counted: the JWS carries them whole, `GET /certificates/{id}/eudr` the plots as GeoJSON',
    type: 'object',
    additionalProperties: true,
  })
  readonly certificate!: CertificateSummary;
  @ApiProperty({ description: 'The signed certificate: a compact JWS (EdDSA, Ed25519), verifiable against `GET /certificates/jwks.json`' })
  readonly jws!: string;
  @ApiProperty()
  readonly keyId!: string;
  @ApiProperty({ description: 'Where anyone verifies it, without an account' })
  readonly verificationUrl!: string;
}

export function verificationUrl(settings: Pick<CertificatesSettings, 'publicUrl'>, certificateId: string): string {
  return `${settings.publicUrl.replace(/\/+$/, '')}/certificates/${encodeURIComponent(certificateId)}/verification`;
}

/**
 * An issued certificate, with the signed document it names, as its exporter and the regulators read it. Its content
 * is stated once, in the JWS: the answer repeating every plot doubled it (about 300 kB for 438 plots).
 * `summary` is that of the content the document was made from, when the caller has it: otherwise read from the JWS.
 */
export function certificateResponse(
  certificate: Certificate,
  document: SignedDocument,
  settings: Pick<CertificatesSettings, 'publicUrl'>,
  summary: CertificateSummary = certificateSummary(signedContent(document.jws)),
): CertificateResponse {
  return {
    certificateId: certificate.certificateId,
    productLotId: certificate.productLotId,
    exporterTaxId: certificate.exporterTaxId,
    status: certificate.status as Exclude<CertificateStatus, 'refused'>,
    since: certificate.since,
    findings: certificate.findings,
    certificate: summary,
    jws: document.jws,
    keyId: document.keyId,
    verificationUrl: verificationUrl(settings, certificate.certificateId),
  };
}
