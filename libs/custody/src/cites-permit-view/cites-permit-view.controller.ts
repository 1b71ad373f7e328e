import { Controller, Get, Inject } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { EVENT_STORE } from '#event-store';
import { IdParam } from '#http';
import type { StreamStore } from '#shared-kernel';
import { assertMayReadCitesPermit } from '../cites-permit-access.js';
import { loadCitesPermit } from '../cites-permit-stream.js';
import { CitesPermitResponse, citesPermitResponse } from './cites-permit.response.js';

@ApiTags('cites-permits')
@Controller('cites-permits')
@Roles(Role.Regulator, Role.PermitHolder, Role.Exporter)
export class CitesPermitViewController {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  @Get(':number')
  @ApiOperation({ summary: 'A CITES permit as registered, and its revocation', description: 'Regulators read every permit; a permit holder or exporter those held under its RUC. Anyone else: 403 `not_acting_for`.' })
  @ApiParam({ name: 'number', example: '003456%2FSERFOR-2026' })
  @ApiOkResponse({ type: CitesPermitResponse })
  @ApiForbiddenResponse({ description: '`not_acting_for`' })
  @ApiNotFoundResponse({ description: '`cites_permit_not_found`' })
  async permit(@IdParam('number') number: string, @CurrentActor() actor: AuthenticatedActor): Promise<CitesPermitResponse> {
    const { permit, revoked } = await loadCitesPermit(this.store, number);
    assertMayReadCitesPermit(actor, permit);
    return citesPermitResponse(permit, revoked);
  }
}
