import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { IdParam } from '#http';
import { PermitBalanceQuery, PermitViewQuery } from './permit-view.queries.js';
import { PermitBalanceResponse, PermitViewResponse } from './permit-view.responses.js';

const PERMIT_PARAM = { name: 'permitId', example: '25-UCA/C-J-001-02', description: 'A slash is sent URL-encoded, as %2F' };
const WHO = 'Regulators read every permit; a permit holder its own only (another holder: 403 `not_acting_for`).';

@ApiTags('permits')
@Controller('permits')
@Roles(Role.Regulator, Role.PermitHolder)
export class PermitViewController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':permitId')
  @ApiOperation({ summary: 'A permit: standing, plans and every plan’s figures per species (m³; kg for products traded by weight)', description: WHO })
  @ApiParam(PERMIT_PARAM)
  @ApiOkResponse({ type: PermitViewResponse })
  @ApiNotFoundResponse({ description: '`permit_not_found`' })
  permit(@IdParam('permitId') permitId: string, @CurrentActor() actor: AuthenticatedActor): Promise<PermitViewResponse> {
    return this.queries.execute(new PermitViewQuery(permitId, actor));
  }

  @Get(':permitId/balance')
  @ApiOperation({ summary: 'A permit’s balance per plan and species: authorised, extracted, moved, remaining, movable (m³; kg for products traded by weight)', description: WHO })
  @ApiParam(PERMIT_PARAM)
  @ApiOkResponse({ type: PermitBalanceResponse })
  @ApiNotFoundResponse({ description: '`permit_not_found`' })
  balance(@IdParam('permitId') permitId: string, @CurrentActor() actor: AuthenticatedActor): Promise<PermitBalanceResponse> {
    return this.queries.execute(new PermitBalanceQuery(permitId, actor));
  }
}
