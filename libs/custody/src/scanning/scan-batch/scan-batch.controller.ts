import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { IdParam } from '#http';
import { SCAN_DESCRIPTION } from '../scan-shipment/scan-shipment.controller.js';
import { MOST_SCANS_PER_BATCH, ScanBatchDto } from './scan-batch.dto.js';
import { ScanBatchCommand } from './scan-batch.command.js';
import type { ScanBatchAnswer } from './scan-batch.answer.js';
import { ScanBatchResponse } from './scan-batch.responses.js';

@ApiTags('scans')
@Controller('checkpoints')
export class ScanBatchController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':code/scans/batch')
  @HttpCode(HttpStatus.OK)
  @Roles(Role.CheckpointOperator)
  @ApiOperation({
    summary: `Upload up to ${MOST_SCANS_PER_BATCH} scans recorded offline: the checkpoint operator whose checkpoint is :code`,
    description: `Each scan keeps its observedAt; the server sets recordedAt. The scans are judged in observation order, whatever order they were sent in, each as if sent on its own: ${SCAN_DESCRIPTION} A scan refused (a bad field, with paths \`scans.<index>.<field>\`; \`checkpoint_not_found\` at its observation time; \`scan_id_taken\`; \`scan_id_reused\`) is answered with its error and the others are still judged. Sending the upload again answers the same verdicts and records nothing new.`,
  })
  @ApiParam({ name: 'code', example: 'UC-CFB-K010' })
  @ApiOkResponse({ type: ScanBatchResponse, description: 'One answer per scan, in the order sent' })
  @ApiBadRequestResponse({ description: '`validation_failed`: `scans` missing, empty, longer than the limit, or holding something other than objects' })
  upload(@IdParam('code') code: string, @Body() body: ScanBatchDto, @CurrentActor() actor: AuthenticatedActor): Promise<ScanBatchAnswer> {
    return this.commands.execute(new ScanBatchCommand(code, body, actor));
  }
}
