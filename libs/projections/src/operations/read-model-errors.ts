import { DomainError } from '#shared-kernel';
import type { ReadModelRegistry, RunningProjection } from '../read-model-registry.js';

export class ReadModelNotFound extends DomainError {
  constructor(name: string) {
    super('not_found', 'read_model_not_found', `No read model is named ${name}`, { name });
  }
}

export class LiveViewNotRebuilt extends DomainError {
  constructor(name: string) {
    super('conflict', 'live_view_not_rebuilt', `${name} is folded from its stream on each read: it has no rows to rebuild`, { name });
  }
}

/** The async projection of that name; none is `read_model_not_found`, a live view `live_view_not_rebuilt`. */
export function projectionNamed(registry: ReadModelRegistry, name: string): RunningProjection {
  const model = registry.get(name);
  if (!model) throw new ReadModelNotFound(name);
  if (model.lifecycle === 'live') throw new LiveViewNotRebuilt(name);
  return model;
}
