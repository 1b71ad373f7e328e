import { aggregateStream, type Command, type Decider, DomainError, type Event, type LogPositionText } from '#shared-kernel';
import { type Finding, standingOf } from './lineage-assessment.js';

// An origin certificate's life on `certificate-<id>`: asked for once, issued or refused, then suspended, reinstated
// or revoked as later facts about its lineage are judged; a revocation is final.

/** The fact that made a certificate be judged again. */
export interface Trigger {
  readonly fact: string;
  readonly subject: string;
  readonly at: string;
}

export type CertificateIssued = Event<
  'CertificateIssued',
  {
    readonly certificateId: string;
    readonly productLotId: string;
    readonly exporterTaxId: string;
    readonly keyId: string;
    /** The log position its lineage's rows held every fact up to when it was judged; absent on issuances recorded before. */
    readonly lineageUpTo?: LogPositionText;
    readonly at: string;
  } & (
    | {
        /** SHA-256 (hex) of the signed certificate, kept on `certificates-document-<id>`. */
        readonly digest: string;
      }
    | {
        /** The signed certificate itself, as recorded before it had a stream of its own. */
        readonly jws: string;
      }
  )
>;
export type CertificateRefused = Event<'CertificateRefused', { readonly certificateId: string; readonly productLotId: string; readonly exporterTaxId: string; readonly findings: readonly Finding[]; readonly at: string }>;
export type CertificateSuspended = Event<'CertificateSuspended', { readonly certificateId: string; readonly findings: readonly Finding[]; readonly trigger: Trigger; readonly at: string }>;
export type CertificateReinstated = Event<'CertificateReinstated', { readonly certificateId: string; readonly trigger: Trigger; readonly at: string }>;
export type CertificateRevoked = Event<'CertificateRevoked', { readonly certificateId: string; readonly findings: readonly Finding[]; readonly trigger: Trigger; readonly at: string }>;
export type CertificateEvent = CertificateIssued | CertificateRefused | CertificateSuspended | CertificateReinstated | CertificateRevoked;

export type RequestCertificate = Command<
  'RequestCertificate',
  {
    readonly certificateId: string;
    readonly productLotId: string;
    readonly exporterTaxId: string;
    readonly findings: readonly Finding[];
    /** Signed, and the document kept, only when the findings are none. */
    readonly signed?: { readonly digest: string; readonly keyId: string };
    /** Where the lineage it was judged on stood: facts noted after it may not have been seen. */
    readonly lineageUpTo: LogPositionText;
    readonly at: string;
  }
>;
export type ReassessCertificate = Command<'ReassessCertificate', { readonly certificateId: string; readonly findings: readonly Finding[]; readonly trigger: Trigger; readonly at: string }>;
export type CertificateCommand = RequestCertificate | ReassessCertificate;

export type CertificateStatus = 'refused' | 'valid' | 'suspended' | 'revoked';

export interface Certificate {
  readonly certificateId: string;
  readonly productLotId: string;
  readonly exporterTaxId: string;
  readonly status: CertificateStatus;
  /** When the status began. */
  readonly since: string;
  /** What refused, suspended or revoked it; none while valid. */
  readonly findings: readonly Finding[];
  readonly issued?: CertificateIssued['data'];
}

export class CertificateNotFound extends DomainError {
  constructor(certificateId: string) {
    super('not_found', 'certificate_not_found', `No certificate ${certificateId}`, { certificateId });
  }
}

export class CertificateIdTaken extends DomainError {
  constructor(certificateId: string) {
    super('conflict', 'certificate_id_taken', `Certificate ${certificateId} was asked for another lot or exporter`, { certificateId });
  }
}

export class CertificateRefusedError extends DomainError {
  constructor(certificateId: string, productLotId: string, findings: readonly Finding[]) {
    super('conflict', 'certificate_refused', `Lot ${productLotId}'s lineage does not prove a legal origin: ${findings.length} finding(s) on ${new Set(findings.map((f) => f.lotId)).size} lot(s)`, { certificateId, productLotId, findings });
  }
}

export const certificateDecider: Decider<CertificateCommand, CertificateEvent, Certificate | undefined> = {
  initialState: undefined,
  decide(command, state) {
    return command.type === 'RequestCertificate' ? request(command.data, state) : reassess(command.data, state);
  },
  evolve(state, event): Certificate | undefined {
    switch (event.type) {
      case 'CertificateIssued': {
        const { certificateId, productLotId, exporterTaxId, at } = event.data;
        return { certificateId, productLotId, exporterTaxId, status: 'valid', since: at, findings: [], issued: event.data };
      }
      case 'CertificateRefused': {
        const { certificateId, productLotId, exporterTaxId, findings, at } = event.data;
        return { certificateId, productLotId, exporterTaxId, status: 'refused', since: at, findings };
      }
      case 'CertificateSuspended':
        return { ...state!, status: 'suspended', since: event.data.at, findings: event.data.findings };
      case 'CertificateReinstated':
        return { ...state!, status: 'valid', since: event.data.at, findings: [] };
      case 'CertificateRevoked':
        return { ...state!, status: 'revoked', since: event.data.at, findings: event.data.findings };
    }
  },
};

function request(data: RequestCertificate['data'], state: Certificate | undefined): CertificateEvent[] {
  const { certificateId, productLotId, exporterTaxId, findings, signed, lineageUpTo, at } = data;
  if (state) {
    if (state.productLotId !== productLotId || state.exporterTaxId !== exporterTaxId) throw new CertificateIdTaken(certificateId);
    return [];
  }
  if (findings.length > 0 || !signed) return [{ type: 'CertificateRefused', data: { certificateId, productLotId, exporterTaxId, findings, at } }];
  return [{ type: 'CertificateIssued', data: { certificateId, productLotId, exporterTaxId, ...signed, lineageUpTo, at } }];
}

function reassess({ certificateId, findings, trigger, at }: ReassessCertificate['data'], state: Certificate | undefined): CertificateEvent[] {
  if (!state || state.status === 'refused') throw new CertificateNotFound(certificateId);
  if (state.status === 'revoked') return [];
  const standing = standingOf(findings);
  if (standing === 'revoked') return [{ type: 'CertificateRevoked', data: { certificateId, findings, trigger, at } }];
  if (standing === 'suspended') return sameFindings(state.findings, findings) ? [] : [{ type: 'CertificateSuspended', data: { certificateId, findings, trigger, at } }];
  return state.status === 'suspended' ? [{ type: 'CertificateReinstated', data: { certificateId, trigger, at } }] : [];
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  const key = (finding: Finding) => `${finding.lotId}/${finding.code}/${finding.ref ?? ''}`;
  return a.length === b.length && a.map(key).sort().join('|') === b.map(key).sort().join('|');
}

export const certificateStream = aggregateStream('certificate', certificateDecider, { missing: (id) => new CertificateNotFound(id) });
