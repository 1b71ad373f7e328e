import { Controller, Get, Header, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { IdParam } from '#http';
import type { EpcisDocument } from '../domain/exports/epcis-document.js';
import type { EudrStatement } from '../domain/exports/eudr-statement.js';
import type { LaceyDeclaration } from '../domain/exports/lacey-declaration.js';
import { EpcisExportQuery, EudrExportQuery, LaceyExportQuery } from './export-queries.js';
import { LaceyValueParams } from './lacey-value.params.js';

@ApiTags('certificates')
@Controller()
@Roles(Role.Exporter, Role.Regulator)
export class ExportsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('lots/:lotId/epcis')
  @Header('Content-Type', 'application/ld+json')
  @ApiProduces('application/ld+json')
  @ApiOperation({
    summary: "A lot's chain of custody as a GS1 EPCIS 2.0 JSON-LD document",
    description: 'Extraction (ObjectEvent ADD, commissioning), loading under guides (AggregationEvent), stopped loads (inspecting, non_conformant), receipts, sawing, splits and merges (TransformationEvent), holds and confiscations; our own fields under the `tt:` prefix. Regulators any lot; an exporter, the lots delivered to it.',
  })
  @ApiForbiddenResponse({ description: '`not_acting_for`: a lot not delivered to this exporter' })
  @ApiNotFoundResponse({ description: '`lot_not_found`' })
  epcis(@IdParam('lotId') lotId: string, @CurrentActor() actor: AuthenticatedActor): Promise<EpcisDocument> {
    return this.queries.execute(new EpcisExportQuery(lotId, actor));
  }

  @Get('certificates/:certificateId/eudr')
  @ApiOperation({ summary: "The EU Deforestation Regulation due-diligence data of a certificate: HS heading, species, quantity, producers with country, the plots as a GeoJSON FeatureCollection, the harvest date range" })
  @ApiForbiddenResponse({ description: "`not_acting_for`: another exporter's certificate" })
  @ApiNotFoundResponse({ description: '`certificate_not_found`' })
  eudr(@IdParam('certificateId') certificateId: string, @CurrentActor() actor: AuthenticatedActor): Promise<EudrStatement> {
    return this.queries.execute(new EudrExportQuery(certificateId, actor));
  }

  @Get('certificates/:certificateId/lacey')
  @ApiOperation({ summary: 'The US Lacey Act declaration data of a certificate: genus and species, quantity and unit, country of harvest, and the value the exporter gives' })
  @ApiForbiddenResponse({ description: "`not_acting_for`: another exporter's certificate" })
  @ApiNotFoundResponse({ description: '`certificate_not_found`' })
  lacey(@IdParam('certificateId') certificateId: string, @Query() params: LaceyValueParams, @CurrentActor() actor: AuthenticatedActor): Promise<LaceyDeclaration> {
    const value = params.value !== undefined && params.currency !== undefined ? { amount: params.value, currency: params.currency } : undefined;
    return this.queries.execute(new LaceyExportQuery(certificateId, actor, value));
  }
}
