import { aggregateStream, type Command, type Decider, type Event } from '#shared-kernel';

// A certificate's signed document on `certificates-document-<id>`, apart from its life on `certificate-<id>`: the list
// and the revocation process read every certificate's events, and only the document's readers need its ~165 kB.

export type CertificateSigned = Event<'CertificateSigned', { readonly certificateId: string; readonly jws: string; readonly keyId: string; readonly at: string }>;
export type KeepSignedCertificate = Command<'KeepSignedCertificate', CertificateSigned['data']>;

/** The signed certificate: a compact JWS, and the id of the key that signed it. */
export type SignedDocument = Pick<CertificateSigned['data'], 'jws' | 'keyId'>;

export const certificateDocumentDecider: Decider<KeepSignedCertificate, CertificateSigned, SignedDocument | undefined> = {
  initialState: undefined,
  // The first document kept stands: a retry's new signature would name another digest than the one issued.
  decide: (command, state) => (state ? [] : [{ type: 'CertificateSigned', data: command.data }]),
  evolve: (state, event) => state ?? { jws: event.data.jws, keyId: event.data.keyId },
};

export const certificateDocumentStream = aggregateStream('certificates-document', certificateDocumentDecider);
