import { DomainError } from '#shared-kernel';
import { CATALOGUES } from '../domain/catalogue.js';

export class UnknownCatalogue extends DomainError {
  constructor(catalogue: string) {
    super('not_found', 'unknown_catalogue', `There is no reference catalogue "${catalogue}"`, { catalogue, catalogues: CATALOGUES });
  }
}

export class SpeciesNotFound extends DomainError {
  constructor(scientificName: string, at: Date) {
    super('not_found', 'species_not_found', `No species "${scientificName}" in the species catalogue in force at ${at.toISOString()}`, {
      scientificName,
      at: at.toISOString(),
    });
  }
}
