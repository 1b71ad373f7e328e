import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import type { ReadModel } from '#projections';
import { assertMayRead } from '../permit-access.js';
import type { PermitView } from '../permit-view/permit-view.js';
import { PermitViewResponse } from '../permit-view/permit-view.responses.js';
import { PermitListQuery } from './permit-list.query.js';

/** Injection token of the permit list read model. */
export const PERMIT_LIST = Symbol('PermitList');

export class PermitListResponse {
  @ApiProperty({ type: [PermitViewResponse] })
  readonly permits!: readonly PermitViewResponse[];
}

/** Async: a list crosses every permit's stream, so it reads a projection (eventually consistent, milliseconds behind). */
@ApiTags('permits')
@Controller('permits')
@Roles(Role.Regulator, Role.PermitHolder)
export class PermitListController {
  constructor(@Inject(PERMIT_LIST) private readonly permits: ReadModel<PermitView>) {}

  @Get()
  @ApiOperation({
    summary: 'Permits, filtered by holder, authority or status: regulators any, a permit holder its own only',
    description: 'A permit holder asking for another holder is refused with 403 `not_acting_for`. Eventually consistent with commands (milliseconds).',
  })
  @ApiOkResponse({ type: PermitListResponse })
  async list(@Query() query: PermitListQuery, @CurrentActor() actor: AuthenticatedActor): Promise<PermitListResponse> {
    const holderTaxId = query.holderTaxId ?? (actor.role === Role.PermitHolder ? actor.organisation : undefined);
    if (holderTaxId !== undefined) assertMayRead(actor, holderTaxId);
    const filter = { holderTaxId, authority: query.authority, status: query.status };
    const containing = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
    return { permits: await this.permits.rows.find(containing, query.limit ?? 100) };
  }
}
