import { isCalendarDate } from './calendar-date.js';
import type { EntryAnnotations } from './entry-annotations.js';
import { duplicateFindings, type Finding, finding, isBlank } from './entry-findings.js';

/** A person certified to identify timber species, whose identification report settles a species dispute. */
export interface CertifiedIdentifierEntry extends EntryAnnotations {
  /** As the certificate reads: `SERFOR-IDM-2025-0001`. */
  readonly certificateNumber: string;
  readonly name: string;
  /** The body that certified the person. */
  readonly certifyingBody: string;
  /** The certificate's first and last day of validity, Peru calendar days, both included. */
  readonly validFrom: string;
  readonly validUntil: string;
}

export function certifiedIdentifierFindings(entries: readonly CertifiedIdentifierEntry[]): Finding[] {
  return [...entries.flatMap((entry, index) => entryFindings(entry, index)), ...duplicateFindings(entries, (entry) => certificateKey(entry.certificateNumber), 'certificateNumber')];
}

function entryFindings(entry: CertifiedIdentifierEntry, index: number): Finding[] {
  const found: Finding[] = [];
  for (const field of ['certificateNumber', 'name', 'certifyingBody'] as const) {
    if (isBlank(entry[field])) found.push(finding(index, field, `${field} must not be blank`));
  }
  const dates = (['validFrom', 'validUntil'] as const).filter((field) => !isCalendarDate(entry[field]));
  for (const field of dates) found.push(finding(index, field, `${field} must be a calendar date written YYYY-MM-DD`));
  if (dates.length === 0 && entry.validUntil < entry.validFrom) found.push(finding(index, 'validUntil', 'validUntil must not be before validFrom'));
  return found;
}

/** Certificate numbers are compared as people type them: case and surrounding spaces do not matter. */
function certificateKey(certificateNumber: string): string {
  return certificateNumber.trim().toUpperCase();
}

/** The register's entry of a certificate, whether or not it was valid on a given day: the caller judges that. */
export function findCertifiedIdentifier(entries: readonly CertifiedIdentifierEntry[], certificateNumber: string): CertifiedIdentifierEntry | undefined {
  const key = certificateKey(certificateNumber);
  return entries.find((entry) => certificateKey(entry.certificateNumber) === key);
}
