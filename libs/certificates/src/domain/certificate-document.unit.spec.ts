import { describe, expect, it } from '@jest/globals';
import { deciderSpec } from '#testing';
import { fold } from '#shared-kernel';
import { type CertificateSigned, certificateDocumentDecider, type KeepSignedCertificate } from './certificate-document.js';

const spec = deciderSpec(certificateDocumentDecider);
const first = { certificateId: 'CERT-1', jws: 'eyJhbGciOiJFZERTQSJ9.eyJhIjoxfQ.c2ln', keyId: 'key-1', at: '2026-06-01T10:00:00-05:00' };
const keep = (data: KeepSignedCertificate['data']): KeepSignedCertificate => ({ type: 'KeepSignedCertificate', data });
const signed = (data: CertificateSigned['data']): CertificateSigned => ({ type: 'CertificateSigned', data });

describe("a certificate's signed document", () => {
  it('is kept when none was', () => {
    spec.given([]).when(keep(first)).then([signed(first)]);
  });

  it('keeps the first document when another signature of the same certificate comes', () => {
    const second = { ...first, jws: 'eyJhbGciOiJFZERTQSJ9.eyJhIjoyfQ.c2ln', at: '2026-06-01T10:00:05-05:00' };
    spec.given([signed(first)]).when(keep(second)).then([]);
    expect(fold(certificateDocumentDecider, [signed(first), signed(second)])).toEqual({ jws: first.jws, keyId: 'key-1' });
  });
});
