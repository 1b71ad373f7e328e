import type { Projection } from '#projections';
import type { CertificateEvent, CertificateStatus } from '../domain/certificate.js';

export type CertificateRow = {
  readonly certificateId: string;
  readonly productLotId: string;
  readonly exporterTaxId: string;
  readonly status: CertificateStatus;
  /** When the status began. */
  readonly since: string;
  readonly requestedAt: string;
  /** Why it is refused, suspended or revoked: one line per finding. */
  readonly reasons: readonly string[];
};

/** `certificates_list`: one row per certificate asked for, issued or refused, with its standing. */
export const certificateListProjection: Projection<CertificateRow, CertificateEvent> = {
  name: 'certificates_list',
  lifecycle: 'async',
  version: 1,
  eventTypes: ['CertificateIssued', 'CertificateRefused', 'CertificateSuspended', 'CertificateReinstated', 'CertificateRevoked'],
  lookups: [['exporterTaxId'], ['productLotId']],
  keys: (event) => [event.data.certificateId],
  evolve: (row, event) => {
    switch (event.type) {
      case 'CertificateIssued':
      case 'CertificateRefused': {
        const { certificateId, productLotId, exporterTaxId, at } = event.data;
        const reasons = event.type === 'CertificateRefused' ? event.data.findings.map((finding) => finding.message) : [];
        return { certificateId, productLotId, exporterTaxId, status: event.type === 'CertificateIssued' ? 'valid' : 'refused', since: at, requestedAt: at, reasons };
      }
      case 'CertificateSuspended':
        return row ? { ...row, status: 'suspended', since: event.data.at, reasons: event.data.findings.map((finding) => finding.message) } : null;
      case 'CertificateRevoked':
        return row ? { ...row, status: 'revoked', since: event.data.at, reasons: event.data.findings.map((finding) => finding.message) } : null;
      case 'CertificateReinstated':
        return row ? { ...row, status: 'valid', since: event.data.at, reasons: [] } : null;
    }
  },
};
