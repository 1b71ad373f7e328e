import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { IdParam } from '#http';
import { GuideViewQuery } from './guide-view.query.js';
import type { GuideView } from './guide-view.js';
import { GuideViewResponse } from './guide-view.responses.js';

const GUIDE_READERS =
  'Regulators read every guide; a permit holder the guides naming its RUC as holder, issuer or owner; a processor the guides leaving from or consigned to its facility; a checkpoint operator the guides whose trajectory includes its checkpoint (or that it scanned); an exporter the guides consigned to it. Anyone else: 403 `not_acting_for`.';

@ApiTags('guides')
@Controller('guides')
@Roles(Role.Regulator, Role.PermitHolder, Role.Processor, Role.CheckpointOperator, Role.Exporter)
export class GuideViewController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':number')
  @ApiOperation({ summary: 'A guide as issued, with its trajectory, status and every scan with each check result, in observation order', description: GUIDE_READERS })
  @ApiParam({ name: 'number', example: 'GTF-2026-000123' })
  @ApiOkResponse({ type: GuideViewResponse })
  @ApiForbiddenResponse({ description: '`not_acting_for`: the guide does not concern the caller' })
  @ApiNotFoundResponse({ description: '`guide_not_found`' })
  guide(@IdParam('number') guideNumber: string, @CurrentActor() actor: AuthenticatedActor): Promise<Omit<GuideView, 'parties'>> {
    return this.queries.execute(new GuideViewQuery(guideNumber, actor));
  }
}
