import { Controller, Get, Inject } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { EVENT_STORE } from '#event-store';
import { IdParam } from '#http';
import type { StreamStore } from '#shared-kernel';
import { assertMayRead } from '../processor-access.js';
import { loadProcessor, type ProcessorRecord } from '../processor-stream.js';
import { processorBalance, processorView, transformationHistory } from './processor-view.js';
import { ProcessorBalanceResponse, ProcessorViewResponse, TransformationHistoryResponse } from './processor-view.responses.js';

const FACILITY_PARAM = { name: 'facilityId', example: 'CTP-PUCALLPA-7' };
const WHO = 'Regulators read every processor; a processor its own books only (another facility: 403 `not_acting_for`).';

/**
 * Live: folded from the facility's stream on each read — the stream is the aggregate, a command folds it
 * anyway, and the answer always includes the caller's last transformation.
 */
@ApiTags('processors')
@Controller('processors')
@Roles(Role.Regulator, Role.Processor)
export class ProcessorViewController {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  @Get(':facilityId')
  @ApiOperation({ summary: 'A processor: authorisation, standing now, suspensions and the lots it holds with their volumes', description: WHO })
  @ApiParam(FACILITY_PARAM)
  @ApiOkResponse({ type: ProcessorViewResponse })
  @ApiNotFoundResponse({ description: '`processor_not_found`' })
  async processor(@IdParam('facilityId') facilityId: string, @CurrentActor() actor: AuthenticatedActor): Promise<ProcessorViewResponse> {
    return processorView(await this.readable(facilityId, actor), new Date().toISOString());
  }

  @Get(':facilityId/balance')
  @ApiOperation({ summary: 'A processor’s cumulative input and output per species and overall (m³), its yield and the judgement against maximum yield', description: WHO })
  @ApiParam(FACILITY_PARAM)
  @ApiOkResponse({ type: ProcessorBalanceResponse })
  @ApiNotFoundResponse({ description: '`processor_not_found`' })
  async balance(@IdParam('facilityId') facilityId: string, @CurrentActor() actor: AuthenticatedActor): Promise<ProcessorBalanceResponse> {
    return processorBalance(await this.readable(facilityId, actor));
  }

  @Get(':facilityId/transformations')
  @ApiOperation({ summary: 'Every transformation a processor recorded, oldest first, with its yield judgement and any flag', description: WHO })
  @ApiParam(FACILITY_PARAM)
  @ApiOkResponse({ type: TransformationHistoryResponse })
  @ApiNotFoundResponse({ description: '`processor_not_found`' })
  async transformations(@IdParam('facilityId') facilityId: string, @CurrentActor() actor: AuthenticatedActor): Promise<TransformationHistoryResponse> {
    const { events } = await this.readable(facilityId, actor);
    return { facilityId, transformations: transformationHistory(events) };
  }

  /** A processor asking about another facility is refused before anything is read, so it learns nothing of it. */
  private async readable(facilityId: string, actor: AuthenticatedActor): Promise<ProcessorRecord> {
    assertMayRead(actor, facilityId);
    return loadProcessor(this.store, facilityId);
  }
}
