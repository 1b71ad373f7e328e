import { DomainError } from '#shared-kernel';
import type { Catalogue } from '../domain/catalogue.js';

export class NoVersionInForce extends DomainError {
  constructor(catalogue: Catalogue, at: Date) {
    super('not_found', 'no_reference_version_in_force', `No version of catalogue ${catalogue} was in force at ${at.toISOString()}`, {
      catalogue,
      at: at.toISOString(),
    });
  }
}
