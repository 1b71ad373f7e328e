import { DomainError } from '#shared-kernel';
import type { Catalogue } from './catalogue.js';
import type { Finding } from './entry-findings.js';

/** Someone published this version number first: the writer re-reads the catalogue and decides again. */
export class StaleReferenceVersion extends DomainError {
  constructor(catalogue: Catalogue, version: number, currentVersion: number) {
    super('conflict', 'stale_reference_version', `Catalogue ${catalogue} is already at version ${currentVersion}; version ${version} is taken`, {
      catalogue,
      version,
      currentVersion,
    });
  }
}

export class ReferenceVersionNotConsecutive extends DomainError {
  constructor(catalogue: Catalogue, version: number, expectedVersion: number) {
    super('invalid', 'reference_version_not_consecutive', `Catalogue ${catalogue} expects version ${expectedVersion} next, not ${version}`, {
      catalogue,
      version,
      expectedVersion,
    });
  }
}

export class EffectiveDateInvalid extends DomainError {
  constructor(effectiveFrom: string) {
    super('invalid', 'effective_date_invalid', `effectiveFrom "${effectiveFrom}" is not an ISO-8601 date or date-time`, { effectiveFrom });
  }
}

/** Versions take effect in the order they are published, so "the version in force at T" has one answer. */
export class EffectiveDateBeforeCurrent extends DomainError {
  constructor(catalogue: Catalogue, effectiveFrom: string, currentEffectiveFrom: string) {
    super(
      'invalid',
      'effective_date_before_current',
      `Catalogue ${catalogue}: a new version cannot take effect (${effectiveFrom}) before the current one (${currentEffectiveFrom})`,
      { catalogue, effectiveFrom, currentEffectiveFrom },
    );
  }
}

/** Answered like a request failing validation: one entry per path at fault. */
export class InvalidReferenceEntries extends DomainError {
  constructor(catalogue: Catalogue, findings: readonly Finding[]) {
    super('invalid', 'invalid_reference_entries', `The entries of this ${catalogue} version are not well formed`, { catalogue, fields: byPath(findings) });
  }
}

function byPath(findings: readonly Finding[]): { path: string; messages: string[] }[] {
  const messages = new Map<string, string[]>();
  for (const { path, message } of findings) messages.set(path, [...(messages.get(path) ?? []), message]);
  return [...messages].map(([path, list]) => ({ path, messages: list }));
}
