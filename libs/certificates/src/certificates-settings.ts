import type { CertificateKeySource } from './signing/certificate-keys.js';

/** What the app reads from its configuration for the certificates context. */
export interface CertificatesSettings {
  /** Who issues the certificates, as they name it. */
  readonly issuer: string;
  readonly keys: CertificateKeySource;
  /** The public address buyers reach the API at: the verification URL in every PDF's QR code begins with it. */
  readonly publicUrl: string;
}

/** Injection token: `@Inject(CERTIFICATES_SETTINGS) settings: CertificatesSettings`. */
export const CERTIFICATES_SETTINGS = Symbol('CertificatesSettings');
