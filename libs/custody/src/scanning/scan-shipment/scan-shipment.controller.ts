import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { IdParam } from '#http';
import { type ScanAnswer, ScanAnswerResponse } from './scan-answer.js';
import { ScanShipmentDto } from './scan-shipment.dto.js';
import { ScanShipmentCommand } from './scan-shipment.command.js';

export const SCAN_DESCRIPTION =
  'Runs every check against the guide, its earlier scans and the facts as they stood at observedAt (checkpoints, species and densities in force; the permit or processor of origin; the destination facility; sightings of the plate or guide number at other checkpoints within the sighting window) and records the scan on the guide, even under a number never issued. A verdict `immobilise` immobilises the guide’s lots (asynchronously, under the infraction case of the load, one per guide number) and publishes `ShipmentFlagged`. The command id derives from the checkpoint and scanId: sending a scan again answers the first verdict and records nothing; the same scanId with another observation is refused (409 `scan_id_reused`).';

@ApiTags('scans')
@Controller('checkpoints')
export class ScanShipmentController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':code/scans')
  @HttpCode(HttpStatus.CREATED)
  @Roles(Role.CheckpointOperator)
  @ApiOperation({ summary: 'Scan a load at a checkpoint and answer the verdict: the checkpoint operator whose checkpoint is :code', description: SCAN_DESCRIPTION })
  @ApiParam({ name: 'code', example: 'UC-CFB-K010', description: 'The checkpoint code, as in the checkpoints catalogue' })
  @ApiCreatedResponse({ type: ScanAnswerResponse, description: 'The verdict with every check result (on a resend, as recorded the first time)' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths (also an observedAt later than the server clock beyond the skew); `invalid_scan`' })
  @ApiNotFoundResponse({ description: '`checkpoint_not_found`: no checkpoint :code in the catalogue in force at observedAt' })
  @ApiConflictResponse({ description: '`scan_id_taken`: the scanId was recorded for this guide at another checkpoint; `scan_id_reused`: it was recorded here with another observation' })
  scan(@IdParam('code') code: string, @Body() body: ScanShipmentDto, @CurrentActor() actor: AuthenticatedActor): Promise<ScanAnswer> {
    return this.commands.execute(new ScanShipmentCommand(code, body, actor));
  }
}
