import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { embeddedEventStore, type EventStore } from '#event-store';
import { type Actor, handleCommand } from '#shared-kernel';
import type { CertificateList } from '../certificate-list/certificate-list.port.js';
import type { CertificateContent } from '../domain/certificate-content.js';
import { certificateDocumentStream, type KeepSignedCertificate } from '../domain/certificate-document.js';
import { type CertificateEvent, certificateStream } from '../domain/certificate.js';
import { type CertificateKeys, loadCertificateKeys, newCertificateKey } from '../signing/certificate-keys.js';
import { digestOf, signCertificate } from '../signing/certificate-signer.js';
import { SignedCertificates } from './signed-certificates.js';
import { VerifyByIdHandler, VerifyByIdQuery, VerifyPresentedHandler, VerifyPresentedQuery } from './verification.handler.js';

const ACTOR: Actor = { id: 'exporter-1', role: 'exporter' };
const AT = '2026-06-01T10:00:00-05:00';

const content = (certificateId: string): CertificateContent => ({
  certificateId,
  issuer: 'SERFOR',
  issuedAt: AT,
  exporterTaxId: '20555666777',
  productLot: { lotId: `S-${certificateId}`, productType: 'sawn_wood', species: { scientificName: 'Cedrela odorata', commonNames: ['cedro'] }, quantity: { value: 7.2, unit: 'm3' } },
  harvest: { from: '2026-05-01', to: '2026-05-02' },
  origins: [],
  plots: { type: 'FeatureCollection', features: [] },
  chainOfCustody: { ancestorLots: 1, extractedLots: 1, levels: 0, transformations: [], guides: [], confiscatedOrigins: [] },
});

describe('signed documents, kept apart from the certificates that name them', () => {
  let store: EventStore;
  let keys: CertificateKeys;
  let byId: VerifyByIdHandler;
  let presented: VerifyPresentedHandler;

  beforeAll(async () => {
    store = await embeddedEventStore();
    keys = await loadCertificateKeys({ kind: 'jwks', json: JSON.stringify({ keys: [await newCertificateKey()] }) });
    const signed = new SignedCertificates(store, keys);
    // Each certificate here is verified once: its standing comes from its stream, read with its document.
    byId = new VerifyByIdHandler(store, {} as CertificateList, signed);
    presented = new VerifyPresentedHandler(store, signed);
  }, 60_000);
  afterAll(() => store?.close());

  const record = (certificateId: string, event: CertificateEvent) => {
    const id = crypto.randomUUID();
    return store.append(certificateStream.streamId(certificateId), [{ ...event, id, metadata: { correlationId: id, causationId: id, actor: ACTOR, occurredAt: AT } }], 'no_stream');
  };
  const keep = async (certificateId: string, signature: { jws: string; keyId: string }) => {
    const command: KeepSignedCertificate = { type: 'KeepSignedCertificate', data: { certificateId, ...signature, at: AT } };
    return (await handleCommand(store, certificateDocumentStream.decider, certificateDocumentStream.streamId(certificateId), { id: crypto.randomUUID(), command, actor: ACTOR, occurredAt: AT })).state!;
  };
  const issued = (certificateId: string, named: { digest: string; keyId: string } | { jws: string; keyId: string }): CertificateEvent => ({
    type: 'CertificateIssued',
    data: { certificateId, productLotId: `S-${certificateId}`, exporterTaxId: '20555666777', ...named, at: AT },
  });

  it('verifies a certificate by the document its issuance names, and refuses a later signature of it', async () => {
    const first = await signCertificate(keys, content('CERT-A'));
    await keep('CERT-A', first);
    // A retry's signature of the same content at another moment: not the document kept, so never issued.
    const second = await signCertificate(keys, { ...content('CERT-A'), issuedAt: '2026-06-01T10:00:05-05:00' });
    expect(await keep('CERT-A', second)).toEqual(first);
    await record('CERT-A', issued('CERT-A', { digest: digestOf(first.jws), keyId: first.keyId }));

    expect(await byId.execute(new VerifyByIdQuery('CERT-A'))).toMatchObject({ signature: 'valid', status: 'valid', digest: digestOf(first.jws) });
    expect(await presented.execute(new VerifyPresentedQuery(first.jws))).toMatchObject({ signature: 'valid', status: 'valid', certificateId: 'CERT-A' });
    expect(await presented.execute(new VerifyPresentedQuery(second.jws))).toEqual({ signature: 'invalid', status: 'unknown', reason: 'No certificate was issued with this signature' });
  });

  it('verifies a certificate issued with its JWS, as recorded before documents had a stream of their own', async () => {
    const signature = await signCertificate(keys, content('CERT-B'));
    await record('CERT-B', issued('CERT-B', signature));

    expect(await byId.execute(new VerifyByIdQuery('CERT-B'))).toMatchObject({ signature: 'valid', status: 'valid', digest: digestOf(signature.jws) });
    expect(await presented.execute(new VerifyPresentedQuery(signature.jws))).toMatchObject({ signature: 'valid', status: 'valid', certificateId: 'CERT-B' });
  });

  it('knows no certificate by a document that no issuance names', async () => {
    const signature = await signCertificate(keys, content('CERT-C'));
    await keep('CERT-C', signature);

    await expect(byId.execute(new VerifyByIdQuery('CERT-C'))).rejects.toMatchObject({ code: 'certificate_not_found' });
    expect(await presented.execute(new VerifyPresentedQuery(signature.jws))).toMatchObject({ signature: 'invalid', status: 'unknown' });
  });
});
