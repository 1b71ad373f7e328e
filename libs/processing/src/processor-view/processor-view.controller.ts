import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { IdParam } from '#http';
import { ProcessorBalanceQuery, ProcessorViewQuery, TransformationHistoryQuery } from './processor-view.queries.js';
import { ProcessorBalanceResponse, ProcessorViewResponse, TransformationHistoryResponse } from './processor-view.responses.js';

const FACILITY_PARAM = { name: 'facilityId', example: 'CTP-PUCALLPA-7' };
const WHO = 'Regulators read every processor; a processor its own books only (another facility: 403 `not_acting_for`).';

@ApiTags('processors')
@Controller('processors')
@Roles(Role.Regulator, Role.Processor)
export class ProcessorViewController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':facilityId')
  @ApiOperation({ summary: 'A processor: authorisation, standing now, suspensions and the lots it holds with their volumes', description: WHO })
  @ApiParam(FACILITY_PARAM)
  @ApiOkResponse({ type: ProcessorViewResponse })
  @ApiNotFoundResponse({ description: '`processor_not_found`' })
  processor(@IdParam('facilityId') facilityId: string, @CurrentActor() actor: AuthenticatedActor): Promise<ProcessorViewResponse> {
    return this.queries.execute(new ProcessorViewQuery(facilityId, actor));
  }

  @Get(':facilityId/balance')
  @ApiOperation({ summary: 'A processor’s cumulative input and output per species and overall (m³), its yield and the judgement against maximum yield', description: WHO })
  @ApiParam(FACILITY_PARAM)
  @ApiOkResponse({ type: ProcessorBalanceResponse })
  @ApiNotFoundResponse({ description: '`processor_not_found`' })
  balance(@IdParam('facilityId') facilityId: string, @CurrentActor() actor: AuthenticatedActor): Promise<ProcessorBalanceResponse> {
    return this.queries.execute(new ProcessorBalanceQuery(facilityId, actor));
  }

  @Get(':facilityId/transformations')
  @ApiOperation({ summary: 'Every transformation a processor recorded, oldest first, with its yield judgement and any flag', description: WHO })
  @ApiParam(FACILITY_PARAM)
  @ApiOkResponse({ type: TransformationHistoryResponse })
  @ApiNotFoundResponse({ description: '`processor_not_found`' })
  transformations(@IdParam('facilityId') facilityId: string, @CurrentActor() actor: AuthenticatedActor): Promise<TransformationHistoryResponse> {
    return this.queries.execute(new TransformationHistoryQuery(facilityId, actor));
  }
}
