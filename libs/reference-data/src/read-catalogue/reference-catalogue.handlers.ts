import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type Catalogue, isCatalogue } from '../domain/catalogue.js';
import { findSpecies } from '../domain/species-entry.js';
import { NoVersionInForce } from '../versions/no-version-in-force.js';
import { ReferenceVersions } from '../versions/reference-versions.js';
import { instantAsked } from './at.params.js';
import { SpeciesNotFound, UnknownCatalogue } from './read-catalogue.errors.js';
import { CatalogueInForceQuery, SpeciesInForceQuery, VersionHistoryQuery } from './reference-catalogue.queries.js';
import { catalogueVersion, type CatalogueVersionResponse, type SpeciesInForceResponse, type VersionHistoryResponse, versionSummary } from './version.responses.js';

@QueryHandler(VersionHistoryQuery)
export class VersionHistoryHandler implements IQueryHandler<VersionHistoryQuery> {
  constructor(private readonly versions: ReferenceVersions) {}

  async execute({ catalogue: name }: VersionHistoryQuery): Promise<VersionHistoryResponse> {
    const catalogue = knownCatalogue(name);
    return { catalogue, versions: (await this.versions.history(catalogue)).map(versionSummary) };
  }
}

@QueryHandler(SpeciesInForceQuery)
export class SpeciesInForceHandler implements IQueryHandler<SpeciesInForceQuery> {
  constructor(private readonly versions: ReferenceVersions) {}

  async execute({ scientificName, params }: SpeciesInForceQuery): Promise<SpeciesInForceResponse> {
    const at = instantAsked(params);
    const { version, effectiveFrom, entries } = await inForce(this.versions, 'species', at);
    const species = findSpecies(entries, scientificName);
    if (!species) throw new SpeciesNotFound(scientificName, at);
    return { version, effectiveFrom, species };
  }
}

@QueryHandler(CatalogueInForceQuery)
export class CatalogueInForceHandler implements IQueryHandler<CatalogueInForceQuery> {
  constructor(private readonly versions: ReferenceVersions) {}

  async execute({ catalogue, params }: CatalogueInForceQuery): Promise<CatalogueVersionResponse> {
    return catalogueVersion(await inForce(this.versions, knownCatalogue(catalogue), instantAsked(params)));
  }
}

async function inForce<C extends Catalogue>(versions: ReferenceVersions, catalogue: C, at: Date) {
  const version = await versions.inForce(catalogue, at);
  if (!version) throw new NoVersionInForce(catalogue, at);
  return version;
}

function knownCatalogue(name: string): Catalogue {
  if (!isCatalogue(name)) throw new UnknownCatalogue(name);
  return name;
}
