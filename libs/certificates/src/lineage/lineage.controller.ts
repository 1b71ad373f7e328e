import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { IdParam } from '#http';
import { LineageQuery } from './lineage.handler.js';
import { LineageResponse } from './lineage.response.js';

@ApiTags('certificates')
@Controller('lots')
@Roles(Role.Regulator, Role.Exporter)
export class LineageController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':lotId/lineage')
  @ApiOperation({
    summary: "A lot's whole lineage: every ancestor back to extraction through splits, merges and transformations, with the share of its volume that flowed in, and every lot its timber became",
    description: 'Regulators read any lot; an exporter, the lots delivered to it. Eventually consistent with the facts (milliseconds).',
  })
  @ApiOkResponse({ type: LineageResponse })
  @ApiForbiddenResponse({ description: '`not_acting_for`: a lot not delivered to this exporter' })
  @ApiNotFoundResponse({ description: '`lot_not_found`' })
  lineage(@IdParam('lotId') lotId: string, @CurrentActor() actor: AuthenticatedActor): Promise<LineageResponse> {
    return this.queries.execute(new LineageQuery(lotId, actor));
  }
}
