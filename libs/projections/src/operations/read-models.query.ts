import { Query } from '@nestjs/cqrs';
import type { ReadModelResponse } from './read-model-operations.responses.js';

/** Every read model of the app: its lifecycle and, for a projection, versions, position, lag and any rebuild. */
export class ReadModelsQuery extends Query<ReadModelResponse[]> {}
