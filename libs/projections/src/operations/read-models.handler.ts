import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { READ_MODEL_REGISTRY, type ReadModelRegistry } from '../read-model-registry.js';
import { liveViewResponse, projectionResponse, type ReadModelResponse } from './read-model-operations.responses.js';
import { ReadModelsQuery } from './read-models.query.js';

@QueryHandler(ReadModelsQuery)
export class ReadModelsHandler implements IQueryHandler<ReadModelsQuery> {
  constructor(@Inject(READ_MODEL_REGISTRY) private readonly registry: ReadModelRegistry) {}

  execute(): Promise<ReadModelResponse[]> {
    return Promise.all(this.registry.all().map(async (model) => (model.lifecycle === 'live' ? liveViewResponse(model) : projectionResponse(await model.status()))));
  }
}
