import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { IdParam } from '#http';
import { CheckpointScansParams } from './checkpoint-scans.params.js';
import { CheckpointScansQuery } from './checkpoint-scans.query.js';
import { CheckpointScansResponse } from './checkpoint-scans.response.js';

@ApiTags('scans')
@Controller('checkpoints')
@Roles(Role.CheckpointOperator, Role.Regulator)
export class CheckpointScansController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':code/scans')
  @ApiOperation({
    summary: "Recent scans at a checkpoint, newest observation first: the checkpoint's operator, or a regulator of the authority running it (SERFOR and OSINFOR for every checkpoint)",
    description: 'Each scan with its guide number, plate, driver, observation and recording times and verdict. Eventually consistent with scans (milliseconds).',
  })
  @ApiParam({ name: 'code', example: 'UC-CFB-K010' })
  @ApiOkResponse({ type: CheckpointScansResponse })
  @ApiForbiddenResponse({ description: '`not_acting_for`: another checkpoint’s operator, or a regulator of another authority' })
  @ApiNotFoundResponse({ description: '`checkpoint_not_found`: no checkpoint :code in the catalogue in force now' })
  recent(@IdParam('code') code: string, @Query() params: CheckpointScansParams, @CurrentActor() actor: AuthenticatedActor): Promise<CheckpointScansResponse> {
    return this.queries.execute(new CheckpointScansQuery(code, params, actor));
  }
}
