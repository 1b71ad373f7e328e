import type { StreamStore } from '#shared-kernel';
import { certificateDocumentStream, type SignedDocument } from '../domain/certificate-document.js';
import { type Certificate, CertificateNotFound, certificateStream } from '../domain/certificate.js';
import { digestOf } from '../signing/certificate-signer.js';

/** An issued certificate read by its exporter or a regulator: a refused request is no certificate. */
export async function issuedCertificate(store: StreamStore, certificateId: string): Promise<Certificate> {
  const certificate = await certificateStream.load(store, certificateId);
  if (!certificate?.issued) throw new CertificateNotFound(certificateId);
  return certificate;
}

/** The signed document an issued certificate names: on its own stream, or in an issuance recorded before it had one. */
export async function signedDocumentOf(store: StreamStore, certificate: Certificate): Promise<SignedDocument> {
  const issued = certificate.issued!;
  if ('jws' in issued) return { jws: issued.jws, keyId: issued.keyId };
  const document = await certificateDocumentStream.load(store, certificate.certificateId);
  if (!document) throw new Error(`Certificate ${certificate.certificateId} was issued, and its signed document is missing`);
  return document;
}

/** The SHA-256 (hex) of the signed document an issued certificate names. */
export function issuedDigest(certificate: Certificate): string {
  const issued = certificate.issued!;
  return 'digest' in issued ? issued.digest : digestOf(issued.jws);
}
