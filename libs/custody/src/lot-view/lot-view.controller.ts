import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { IdParam } from '#http';
import { LotViewQuery } from './lot-view.query.js';
import type { LotView } from './lot-view.js';
import { LotViewResponse } from './lot-view.responses.js';

@ApiTags('lots')
@Controller('lots')
@Roles(Role.Regulator, Role.PermitHolder, Role.Processor, Role.Exporter)
export class LotViewController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':lotId')
  @ApiOperation({
    summary: "A lot's current state (species, m³, status, place and keeper, guide), its lineage one level up and down, and every event of its stream with its actor",
    description:
      'Regulators read every lot; a permit holder the lots kept in its yard at any time; a processor the lots made at, delivered to, dispatched from or consumed at its facility; an exporter the lots delivered under a guide consigned to it. Anyone else: 403 `not_acting_for`.',
  })
  @ApiParam({ name: 'lotId', example: 'LOT-0001' })
  @ApiOkResponse({ type: LotViewResponse })
  @ApiForbiddenResponse({ description: '`not_acting_for`: the lot does not concern the caller' })
  @ApiNotFoundResponse({ description: '`lot_not_found`' })
  lot(@IdParam('lotId') lotId: string, @CurrentActor() actor: AuthenticatedActor): Promise<LotView> {
    return this.queries.execute(new LotViewQuery(lotId, actor));
  }
}
