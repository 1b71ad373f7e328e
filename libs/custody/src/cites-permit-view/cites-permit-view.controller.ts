import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { IdParam } from '#http';
import { CitesPermitViewQuery } from './cites-permit-view.query.js';
import { CitesPermitResponse } from './cites-permit.response.js';

@ApiTags('cites-permits')
@Controller('cites-permits')
@Roles(Role.Regulator, Role.PermitHolder, Role.Exporter)
export class CitesPermitViewController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':number')
  @ApiOperation({ summary: 'A CITES permit as registered, and its revocation', description: 'Regulators read every permit; a permit holder or exporter those held under its RUC. Anyone else: 403 `not_acting_for`.' })
  @ApiParam({ name: 'number', example: '003456%2FSERFOR-2026' })
  @ApiOkResponse({ type: CitesPermitResponse })
  @ApiForbiddenResponse({ description: '`not_acting_for`' })
  @ApiNotFoundResponse({ description: '`cites_permit_not_found`' })
  permit(@IdParam('number') number: string, @CurrentActor() actor: AuthenticatedActor): Promise<CitesPermitResponse> {
    return this.queries.execute(new CitesPermitViewQuery(number, actor));
  }
}
