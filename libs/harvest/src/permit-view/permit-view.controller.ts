import { Controller, Get, Inject } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { EVENT_STORE } from '#event-store';
import { IdParam } from '#http';
import type { StreamStore } from '#shared-kernel';
import { balance } from '../domain/permit.balance.js';
import type { Permit } from '../domain/permit.state.js';
import { assertMayRead } from '../permit-access.js';
import { loadPermit } from '../permit-stream.js';
import { permitView } from './permit-view.js';
import { PermitBalanceResponse, PermitViewResponse } from './permit-view.responses.js';

const PERMIT_PARAM = { name: 'permitId', example: '25-UCA/C-J-001-02', description: 'A slash is sent URL-encoded, as %2F' };
const WHO = 'Regulators read every permit; a permit holder its own only (another holder: 403 `not_acting_for`).';

/** Live: folded from the permit's stream on each read, so an answer always includes the caller's last command; a permit's stream stays short. */
@ApiTags('permits')
@Controller('permits')
@Roles(Role.Regulator, Role.PermitHolder)
export class PermitViewController {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  @Get(':permitId')
  @ApiOperation({ summary: 'A permit: standing, plans and every plan’s figures per species (m³)', description: WHO })
  @ApiParam(PERMIT_PARAM)
  @ApiOkResponse({ type: PermitViewResponse })
  @ApiNotFoundResponse({ description: '`permit_not_found`' })
  async permit(@IdParam('permitId') permitId: string, @CurrentActor() actor: AuthenticatedActor): Promise<PermitViewResponse> {
    return permitView(await this.readable(permitId, actor));
  }

  @Get(':permitId/balance')
  @ApiOperation({ summary: 'A permit’s balance per plan and species: authorised, extracted, moved, remaining, movable (m³)', description: WHO })
  @ApiParam(PERMIT_PARAM)
  @ApiOkResponse({ type: PermitBalanceResponse })
  @ApiNotFoundResponse({ description: '`permit_not_found`' })
  async balance(@IdParam('permitId') permitId: string, @CurrentActor() actor: AuthenticatedActor): Promise<PermitBalanceResponse> {
    return { permitId, balances: balance(await this.readable(permitId, actor)) };
  }

  private async readable(permitId: string, actor: AuthenticatedActor): Promise<Permit> {
    const permit = await loadPermit(this.store, permitId);
    assertMayRead(actor, permit.holderTaxId);
    return permit;
  }
}
