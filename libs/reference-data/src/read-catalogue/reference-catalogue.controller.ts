import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeEndpoint, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '#auth';
import { IdParam } from '#http';
import { CATALOGUES } from '../domain/catalogue.js';
import { AtParams } from './at.params.js';
import { CatalogueInForceQuery, SpeciesInForceQuery, VersionHistoryQuery } from './reference-catalogue.queries.js';
import { CatalogueVersionResponse, SpeciesInForceResponse, VersionHistoryResponse } from './version.responses.js';

const CATALOGUE_PARAM = { name: 'catalogue', enum: CATALOGUES };

/** Reference data is public: anyone checking a guide or a certificate needs the catalogues it was judged by. */
@ApiTags('reference data')
@Controller('reference')
@Public()
export class ReferenceCatalogueController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':catalogue/versions')
  @ApiOperation({ summary: 'Every published version of a catalogue, without entries' })
  @ApiParam(CATALOGUE_PARAM)
  @ApiOkResponse({ type: VersionHistoryResponse })
  @ApiNotFoundResponse({ description: '`unknown_catalogue`' })
  versionHistory(@IdParam('catalogue') name: string): Promise<VersionHistoryResponse> {
    return this.queries.execute(new VersionHistoryQuery(name));
  }

  // The router prefers a fixed segment to a parameter, so `species/:scientificName` would take the species' history.
  @Get('species/versions')
  @ApiExcludeEndpoint()
  speciesVersionHistory(): Promise<VersionHistoryResponse> {
    return this.versionHistory('species');
  }

  @Get('species/:scientificName')
  @ApiOperation({ summary: 'One species as the catalogue in force at `at` has it (case and spacing of the name do not matter)' })
  @ApiParam({ name: 'scientificName', example: 'Cedrela odorata' })
  @ApiOkResponse({ type: SpeciesInForceResponse })
  @ApiNotFoundResponse({ description: '`species_not_found`, `no_reference_version_in_force`' })
  species(@IdParam('scientificName') scientificName: string, @Query() params: AtParams): Promise<SpeciesInForceResponse> {
    return this.queries.execute(new SpeciesInForceQuery(scientificName, params));
  }

  @Get(':catalogue')
  @ApiOperation({ summary: 'The version of a catalogue in force at `at` (default now), with all its entries' })
  @ApiParam(CATALOGUE_PARAM)
  @ApiOkResponse({ type: CatalogueVersionResponse })
  @ApiNotFoundResponse({ description: '`unknown_catalogue`, `no_reference_version_in_force`' })
  current(@IdParam('catalogue') name: string, @Query() params: AtParams): Promise<CatalogueVersionResponse> {
    return this.queries.execute(new CatalogueInForceQuery(name, params));
  }
}
