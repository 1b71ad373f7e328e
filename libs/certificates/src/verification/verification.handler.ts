import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import type { StreamStore } from '#shared-kernel';
import { issuedCertificate } from '../certificate-file/certificate-file.handler.js';
import { type Certificate, certificateStream } from '../domain/certificate.js';
import { CERTIFICATE_KEYS, verifyCertificate } from '../signing/certificate-signer.js';
import type { CertificateKeys } from '../signing/certificate-keys.js';
import type { VerificationResponse } from './verification.response.js';

/** The public keys, for anyone to verify a JWS on their own. */
export class SigningKeysQuery extends Query<CertificateKeys['jwks']> {}

@QueryHandler(SigningKeysQuery)
export class SigningKeysHandler implements IQueryHandler<SigningKeysQuery> {
  constructor(@Inject(CERTIFICATE_KEYS) private readonly keys: CertificateKeys) {}

  execute(): Promise<CertificateKeys['jwks']> {
    return Promise.resolve(this.keys.jwks);
  }
}

/** A certificate verified by its id: the JWS as recorded, checked again, and its standing now. */
export class VerifyByIdQuery extends Query<VerificationResponse> {
  constructor(readonly certificateId: string) {
    super();
  }
}

/** A certificate verified as its holder presents it: any byte changed breaks the signature. */
export class VerifyPresentedQuery extends Query<VerificationResponse> {
  constructor(readonly jws: string) {
    super();
  }
}

@QueryHandler(VerifyByIdQuery)
export class VerifyByIdHandler implements IQueryHandler<VerifyByIdQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(CERTIFICATE_KEYS) private readonly keys: CertificateKeys,
  ) {}

  async execute({ certificateId }: VerifyByIdQuery): Promise<VerificationResponse> {
    const certificate = await issuedCertificate(this.store, certificateId);
    return verification(certificate, await verifyCertificate(this.keys, certificate.issued!.jws));
  }
}

@QueryHandler(VerifyPresentedQuery)
export class VerifyPresentedHandler implements IQueryHandler<VerifyPresentedQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(CERTIFICATE_KEYS) private readonly keys: CertificateKeys,
  ) {}

  async execute({ jws }: VerifyPresentedQuery): Promise<VerificationResponse> {
    const verified = await verifyCertificate(this.keys, jws);
    if (verified.signature === 'invalid') return { signature: 'invalid', status: 'unknown', reason: verified.reason };
    const certificate = await certificateStream.load(this.store, verified.content.certificateId);
    // Signed by a key of ours but never recorded here: a key in other hands, not a certificate.
    if (certificate?.issued?.jws !== jws) return { signature: 'invalid', status: 'unknown', reason: 'No certificate was issued with this signature' };
    return verification(certificate, verified);
  }
}

/** Says only what the certificate says and its standing: never the lineage behind it. */
function verification(certificate: Certificate, verified: Awaited<ReturnType<typeof verifyCertificate>>): VerificationResponse {
  if (verified.signature === 'invalid') return { signature: 'invalid', status: 'unknown', reason: verified.reason, certificateId: certificate.certificateId };
  const status = certificate.status === 'refused' ? 'unknown' : certificate.status;
  const reason = certificate.findings.map((finding) => finding.message).join('; ');
  return {
    signature: 'valid',
    status,
    ...(reason === '' ? {} : { reason }),
    since: certificate.since,
    certificateId: certificate.certificateId,
    keyId: verified.keyId,
    certificate: verified.content,
  };
}
