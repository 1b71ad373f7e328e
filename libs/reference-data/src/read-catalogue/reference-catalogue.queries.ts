import { Query } from '@nestjs/cqrs';
import type { AtParams } from './at.params.js';
import type { CatalogueVersionResponse, SpeciesInForceResponse, VersionHistoryResponse } from './version.responses.js';

/** Every published version of a catalogue, without entries. */
export class VersionHistoryQuery extends Query<VersionHistoryResponse> {
  constructor(readonly catalogue: string) {
    super();
  }
}

/** One species as the catalogue in force at an instant has it. */
export class SpeciesInForceQuery extends Query<SpeciesInForceResponse> {
  constructor(
    readonly scientificName: string,
    readonly params: AtParams,
  ) {
    super();
  }
}

/** The version of a catalogue in force at an instant, with all its entries. */
export class CatalogueInForceQuery extends Query<CatalogueVersionResponse> {
  constructor(
    readonly catalogue: string,
    readonly params: AtParams,
  ) {
    super();
  }
}
