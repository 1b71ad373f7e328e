import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { IdParam } from '#http';
import { CaseFileQuery } from './case-file.query.js';
import { CaseFileResponse } from './case-file.response.js';

@ApiTags('cases')
@Controller('cases')
@Roles(Role.Regulator, Role.PermitHolder, Role.Processor, Role.Carrier)
export class CaseFileController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':caseId')
  @ApiOperation({ summary: "A case file: its authority's regulators (and those hearing its appeal), and the party it is against" })
  @ApiOkResponse({ type: CaseFileResponse })
  @ApiNotFoundResponse({ description: '`case_not_found`' })
  @ApiForbiddenResponse({ description: '`not_acting_for`: a regulator of another authority, another party' })
  file(@IdParam('caseId') caseId: string, @CurrentActor() actor: AuthenticatedActor): Promise<CaseFileResponse> {
    return this.queries.execute(new CaseFileQuery(caseId, actor));
  }
}
