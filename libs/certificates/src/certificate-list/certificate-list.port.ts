import type { CertificateStatus } from '../domain/certificate.js';
import type { CertificateRow } from './certificate-list.projection.js';

export interface CertificateFilter {
  readonly exporterTaxId?: string;
  readonly productLotId?: string;
  readonly status?: CertificateStatus;
}

/** The certificates asked for, over `certificates_list`: eventually consistent, milliseconds behind. */
export interface CertificateList {
  find(filter: CertificateFilter, limit: number): Promise<CertificateRow[]>;
  /** One certificate's standing; none for an id not folded yet. */
  standing(certificateId: string): Promise<CertificateRow | undefined>;
  /** Certificates still standing (valid or suspended) for any of these product lots: those a fact may change. */
  standingFor(productLotIds: readonly string[]): Promise<CertificateRow[]>;
  /** Resolves once the rows include every certificate recorded before the call. */
  settled(): Promise<void>;
}

/** Injection token: `@Inject(CERTIFICATE_LIST) certificates: CertificateList`. */
export const CERTIFICATE_LIST = Symbol('CertificateList');
