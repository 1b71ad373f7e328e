import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import type { StreamStore } from '#shared-kernel';
import { issuedCertificate, signedDocumentOf } from '../certificate-file/issued-certificate.js';
import { type CertificateSummary, certificateSummary } from '../domain/certificate-summary.js';
import type { Certificate } from '../domain/certificate.js';
import { CERTIFICATE_KEYS, digestOf, verifyCertificate } from '../signing/certificate-signer.js';
import type { CertificateKeys } from '../signing/certificate-keys.js';

/** A recorded certificate's signature, checked: what verification answers besides the standing. */
export type SignedPart = { readonly signature: 'valid'; readonly keyId: string; readonly digest: string; readonly certificate: CertificateSummary } | { readonly signature: 'invalid'; readonly reason: string };

// Enough for every certificate buyers check in a season; each entry is a few hundred bytes.
const REMEMBERED = 10_000;

/**
 * The signed part of each certificate verified lately, checked once: a recorded JWS never changes and the keys are
 * the process's, so only the standing needs reading on each verification. The least recently verified goes first.
 */
@Injectable()
export class SignedCertificates {
  private readonly remembered = new Map<string, SignedPart>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(CERTIFICATE_KEYS) private readonly keys: CertificateKeys,
  ) {}

  /** The signed part, and the certificate as its stream stands when it had to be read. */
  async of(certificateId: string): Promise<{ signed: SignedPart; read?: Certificate }> {
    const known = this.remembered.get(certificateId);
    if (known) {
      this.remembered.delete(certificateId);
      this.remembered.set(certificateId, known);
      return { signed: known };
    }
    const read = await issuedCertificate(this.store, certificateId);
    const signed = await this.check((await signedDocumentOf(this.store, read)).jws);
    this.remember(certificateId, signed);
    return { signed, read };
  }

  /** A certificate this process has just signed and issued: valid as signed, so its first verification reads nothing. */
  remember(certificateId: string, signed: SignedPart): void {
    this.remembered.set(certificateId, signed);
    if (this.remembered.size > REMEMBERED) this.remembered.delete(this.remembered.keys().next().value!);
  }

  async check(jws: string): Promise<SignedPart> {
    const verified = await verifyCertificate(this.keys, jws);
    if (verified.signature === 'invalid') return verified;
    return { signature: 'valid', keyId: verified.keyId, digest: digestOf(jws), certificate: certificateSummary(verified.content) };
  }
}
