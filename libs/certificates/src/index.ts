export { CertificatesModule } from './certificates.module.js';
export type { CertificatesSettings } from './certificates-settings.js';
export type { CertificateKeySource } from './signing/certificate-keys.js';
export { newCertificateKey } from './signing/certificate-keys.js';
