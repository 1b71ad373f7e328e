import { Global, Module, type Provider } from '@nestjs/common';
import { ReadModelOperationsController } from './operations/read-model-operations.controller.js';
import { ReadModelsHandler } from './operations/read-models.handler.js';
import { RebuildProjectionHandler } from './operations/rebuild-projection.handler.js';
import type { LiveView } from './projection.js';
import { READ_MODEL_REGISTRY, ReadModelRegistry } from './read-model-registry.js';

/** The app's registry of read models, filled by the contexts' providers, and the operator's endpoints over it. */
@Global()
@Module({
  controllers: [ReadModelOperationsController],
  providers: [{ provide: READ_MODEL_REGISTRY, useFactory: () => new ReadModelRegistry() }, ReadModelsHandler, RebuildProjectionHandler],
  exports: [READ_MODEL_REGISTRY],
})
export class ProjectionsModule {}

/** A live view listed among the app's read models: `liveViewProvider(PERMIT_VIEW)` in its context's module. */
export function liveViewProvider(view: LiveView): Provider {
  return {
    provide: Symbol(`LiveView(${view.name})`),
    inject: [{ token: READ_MODEL_REGISTRY, optional: true }],
    useFactory: (registry: ReadModelRegistry | undefined) => {
      registry?.add(view);
      return view;
    },
  };
}
