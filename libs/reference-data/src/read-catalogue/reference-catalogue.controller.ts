import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '#auth';
import { IdParam } from '#http';
import { CATALOGUES, type Catalogue, isCatalogue } from '../domain/catalogue.js';
import { findSpecies } from '../domain/species-entry.js';
import { NoVersionInForce } from '../versions/no-version-in-force.js';
import { ReferenceVersions } from '../versions/reference-versions.js';
import { AtQuery, instantAsked } from './at-query.js';
import { SpeciesNotFound, UnknownCatalogue } from './read-catalogue.errors.js';
import {
  catalogueVersion,
  CatalogueVersionResponse,
  SpeciesInForceResponse,
  VersionHistoryResponse,
  versionSummary,
} from './version.responses.js';

const CATALOGUE_PARAM = { name: 'catalogue', enum: CATALOGUES };

/** Reference data is public: anyone checking a guide or a certificate needs the catalogues it was judged by. */
@ApiTags('reference data')
@Controller('reference')
@Public()
export class ReferenceCatalogueController {
  constructor(private readonly versions: ReferenceVersions) {}

  @Get(':catalogue/versions')
  @ApiOperation({ summary: 'Every published version of a catalogue, without entries' })
  @ApiParam(CATALOGUE_PARAM)
  @ApiOkResponse({ type: VersionHistoryResponse })
  @ApiNotFoundResponse({ description: '`unknown_catalogue`' })
  async versionHistory(@IdParam('catalogue') name: string): Promise<VersionHistoryResponse> {
    const catalogue = knownCatalogue(name);
    return { catalogue, versions: (await this.versions.history(catalogue)).map(versionSummary) };
  }

  @Get('species/:scientificName')
  @ApiOperation({ summary: 'One species as the catalogue in force at `at` has it (case and spacing of the name do not matter)' })
  @ApiParam({ name: 'scientificName', example: 'Cedrela odorata' })
  @ApiOkResponse({ type: SpeciesInForceResponse })
  @ApiNotFoundResponse({ description: '`species_not_found`, `no_reference_version_in_force`' })
  async species(@IdParam('scientificName') scientificName: string, @Query() query: AtQuery): Promise<SpeciesInForceResponse> {
    const at = instantAsked(query);
    const { version, effectiveFrom, entries } = await this.inForce('species', at);
    const species = findSpecies(entries, scientificName);
    if (!species) throw new SpeciesNotFound(scientificName, at);
    return { version, effectiveFrom, species };
  }

  @Get(':catalogue')
  @ApiOperation({ summary: 'The version of a catalogue in force at `at` (default now), with all its entries' })
  @ApiParam(CATALOGUE_PARAM)
  @ApiOkResponse({ type: CatalogueVersionResponse })
  @ApiNotFoundResponse({ description: '`unknown_catalogue`, `no_reference_version_in_force`' })
  async current(@IdParam('catalogue') name: string, @Query() query: AtQuery): Promise<CatalogueVersionResponse> {
    return catalogueVersion(await this.inForce(knownCatalogue(name), instantAsked(query)));
  }

  private async inForce<C extends Catalogue>(catalogue: C, at: Date) {
    const version = await this.versions.inForce(catalogue, at);
    if (!version) throw new NoVersionInForce(catalogue, at);
    return version;
  }
}

function knownCatalogue(name: string): Catalogue {
  if (!isCatalogue(name)) throw new UnknownCatalogue(name);
  return name;
}
