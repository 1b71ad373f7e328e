import { Inject, Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { READ_MODEL_REGISTRY, type ReadModelRegistry } from '../read-model-registry.js';
import { projectionNamed } from './read-model-errors.js';
import { projectionResponse, type ReadModelResponse } from './read-model-operations.responses.js';
import { RebuildProjectionCommand } from './rebuild-projection.command.js';

@CommandHandler(RebuildProjectionCommand)
export class RebuildProjectionHandler implements ICommandHandler<RebuildProjectionCommand> {
  private readonly logger = new Logger('projections');

  constructor(@Inject(READ_MODEL_REGISTRY) private readonly registry: ReadModelRegistry) {}

  async execute({ name, actor }: RebuildProjectionCommand): Promise<ReadModelResponse> {
    const projection = projectionNamed(this.registry, name);
    await projection.rebuild();
    const status = await projection.status();
    // Who asked stays on record beside the build's table.
    this.logger.log(`${actor.id} (${actor.role}) asked to rebuild ${name}: building ${status.rebuilding?.table ?? 'nothing, already switched'}`);
    return projectionResponse(status);
  }
}
