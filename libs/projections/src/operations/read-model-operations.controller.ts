import { Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { IdParam } from '#http';
import { ReadModelResponse } from './read-model-operations.responses.js';
import { ReadModelsQuery } from './read-models.query.js';
import { RebuildProjectionCommand } from './rebuild-projection.command.js';

/** For the team on call: how far behind the log each read model is, and rebuilding one from the events. */
@ApiTags('operations')
@Controller('operations/projections')
@Roles(Role.Operator)
export class ReadModelOperationsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every read model with its lifecycle; for a projection its version, the version answering, its position, the head of the log it reads, its lag in events and any rebuild' })
  @ApiOkResponse({ type: ReadModelResponse, isArray: true })
  list(): Promise<ReadModelResponse[]> {
    return this.queries.execute(new ReadModelsQuery());
  }

  @Post(':name/rebuild')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Fold a projection again from the start of the log, into a fresh table beside the one answering',
    description:
      'Answers at once with the build begun (`rebuilding`); its rows take over once they have caught up, the old ones answering until then. A build already underway is answered, not started again. Poll `GET /operations/projections` for its progress.',
  })
  @ApiParam({ name: 'name', example: 'custody_guides' })
  @ApiAcceptedResponse({ type: ReadModelResponse })
  @ApiNotFoundResponse({ description: '`read_model_not_found`' })
  @ApiConflictResponse({ description: '`live_view_not_rebuilt`: a live view has no rows' })
  rebuild(@IdParam('name') name: string, @CurrentActor() actor: AuthenticatedActor): Promise<ReadModelResponse> {
    return this.commands.execute(new RebuildProjectionCommand(name, actor));
  }
}
