import { newCertificateKey } from '#certificates';

// `npm run certificate-key`: prints a new Ed25519 private key as a JWK, to put first in CERTIFICATE_KEYS when rotating.
process.stdout.write(`${JSON.stringify(await newCertificateKey())}\n`);
