import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import type { StreamStore } from '#shared-kernel';
import { issuedCertificate, issuedDigest } from '../certificate-file/issued-certificate.js';
import { CERTIFICATE_LIST, type CertificateList } from '../certificate-list/certificate-list.port.js';
import type { CertificateRow } from '../certificate-list/certificate-list.projection.js';
import { type Certificate, certificateStream } from '../domain/certificate.js';
import { CERTIFICATE_KEYS } from '../signing/certificate-signer.js';
import type { CertificateKeys } from '../signing/certificate-keys.js';
import { type SignedPart, SignedCertificates } from './signed-certificates.js';
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

/** A certificate verified by its id: the JWS as recorded, checked once, and its standing now. */
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

type Standing = Pick<Certificate, 'status' | 'since' | 'findings'> | CertificateRow;

/**
 * The standing comes from the certificate list, milliseconds behind its stream; the stream answers for a certificate
 * the list has not folded yet.
 */
@QueryHandler(VerifyByIdQuery)
export class VerifyByIdHandler implements IQueryHandler<VerifyByIdQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(CERTIFICATE_LIST) private readonly certificates: CertificateList,
    private readonly signed: SignedCertificates,
  ) {}

  async execute({ certificateId }: VerifyByIdQuery): Promise<VerificationResponse> {
    const { signed, read } = await this.signed.of(certificateId);
    const standing = read ?? (await this.certificates.standing(certificateId)) ?? (await issuedCertificate(this.store, certificateId));
    return verification(certificateId, signed, standing);
  }
}

@QueryHandler(VerifyPresentedQuery)
export class VerifyPresentedHandler implements IQueryHandler<VerifyPresentedQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    private readonly signed: SignedCertificates,
  ) {}

  async execute({ jws }: VerifyPresentedQuery): Promise<VerificationResponse> {
    const signed = await this.signed.check(jws);
    if (signed.signature === 'invalid') return { signature: 'invalid', status: 'unknown', reason: signed.reason };
    const certificate = await certificateStream.load(this.store, signed.certificate.certificateId);
    // Signed by a key of ours but never recorded here: a key in other hands, not a certificate.
    if (!certificate?.issued || issuedDigest(certificate) !== signed.digest) return { signature: 'invalid', status: 'unknown', reason: 'No certificate was issued with this signature' };
    return verification(certificate.certificateId, signed, certificate);
  }
}

/** Says only what the certificate says and its standing: never the lineage behind it. */
function verification(certificateId: string, signed: SignedPart, standing: Standing): VerificationResponse {
  if (signed.signature === 'invalid') return { signature: 'invalid', status: 'unknown', reason: signed.reason, certificateId };
  const reasons = 'reasons' in standing ? standing.reasons : standing.findings.map((finding) => finding.message);
  const status = standing.status === 'refused' ? 'unknown' : standing.status;
  return {
    signature: 'valid',
    status,
    ...(reasons.length === 0 ? {} : { reason: reasons.join('; ') }),
    since: standing.since,
    certificateId,
    keyId: signed.keyId,
    digest: signed.digest,
    certificate: signed.certificate,
  };
}
