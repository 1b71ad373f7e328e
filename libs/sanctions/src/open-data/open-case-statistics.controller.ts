import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '#auth';
import { CaseStatisticsParams } from '../case-statistics/case-statistics.params.js';
import { OpenCaseStatisticsQuery } from './open-case-statistics.query.js';
import { OpenCaseStatisticsResponse } from './open-case-statistics.response.js';

/** Open data: anyone may see how many infraction cases each authority handles and what timber they hold, no one whom they are against. */
@ApiTags('open data')
@Controller('open-data')
@Public()
export class OpenCaseStatisticsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('case-statistics')
  @ApiOperation({
    summary: "Every authority's infraction cases counted, without a token: the regulators' figures, with no personal data",
    description: 'No party, officer, guide, plate, driver or case id: counts by class, conduct, species, checkpoint, month of the facts, status and outcome, and m³. Eventually consistent with commands (milliseconds).',
  })
  @ApiOkResponse({ type: OpenCaseStatisticsResponse })
  @ApiBadRequestResponse({ description: '`validation_failed` (a month not YYYY-MM), `period_reversed`' })
  statistics(@Query() params: CaseStatisticsParams): Promise<OpenCaseStatisticsResponse> {
    return this.queries.execute(new OpenCaseStatisticsQuery(params));
  }
}
