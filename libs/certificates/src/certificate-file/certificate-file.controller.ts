import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { IdParam } from '#http';
import { CertificateListQuery } from '../certificate-list/certificate-list.handler.js';
import { CertificateListParams } from '../certificate-list/certificate-list.params.js';
import type { CertificateRow } from '../certificate-list/certificate-list.projection.js';
import { CertificateFileQuery } from './certificate-file.handler.js';
import { CertificatePdfQuery } from './certificate-pdf.handler.js';
import { CertificateResponse } from './certificate.response.js';

@ApiTags('certificates')
@Controller('certificates')
@Roles(Role.Exporter, Role.Regulator)
export class CertificateFileController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Certificates asked for, the latest first, with their standing and, when refused, suspended or revoked, why', description: 'Regulators see all; an exporter its own. Eventually consistent (milliseconds).' })
  @ApiForbiddenResponse({ description: "`not_acting_for`: an exporter naming another exporter's RUC" })
  list(@Query() params: CertificateListParams, @CurrentActor() actor: AuthenticatedActor): Promise<{ certificates: CertificateRow[] }> {
    return this.queries.execute(new CertificateListQuery(params, actor));
  }

  @Get(':certificateId')
  @ApiOperation({ summary: 'One certificate: what it states, the signed JWS, its standing now and why' })
  @ApiOkResponse({ type: CertificateResponse })
  @ApiForbiddenResponse({ description: "`not_acting_for`: another exporter's certificate" })
  @ApiNotFoundResponse({ description: '`certificate_not_found` (a refused request is no certificate)' })
  file(@IdParam('certificateId') certificateId: string, @CurrentActor() actor: AuthenticatedActor): Promise<CertificateResponse> {
    return this.queries.execute(new CertificateFileQuery(certificateId, actor));
  }

  @Get(':certificateId/pdf')
  @Header('Content-Type', 'application/pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The certificate as a PDF with a QR code pointing at its public verification, its standing at rendering printed on it' })
  @ApiForbiddenResponse({ description: "`not_acting_for`: another exporter's certificate" })
  @ApiNotFoundResponse({ description: '`certificate_not_found`' })
  async pdf(@IdParam('certificateId') certificateId: string, @CurrentActor() actor: AuthenticatedActor): Promise<StreamableFile> {
    const pdf = await this.queries.execute(new CertificatePdfQuery(certificateId, actor));
    return new StreamableFile(pdf, { disposition: `inline; filename="${certificateId}.pdf"` });
  }
}
