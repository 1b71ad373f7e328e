import type { LiveView } from './projection.js';
import type { ProjectionStatus } from './projection-runner.js';

/** What operators reach of an async read model running in this app. */
export interface RunningProjection {
  readonly name: string;
  readonly lifecycle: 'async';
  status(): Promise<ProjectionStatus>;
  /** The status's lag alone, counted up to `upTo`. */
  lag(upTo?: number): Promise<number>;
  rebuild(): Promise<void>;
}

export type RegisteredReadModel = RunningProjection | LiveView;

/** Every read model of the app by name, whatever its lifecycle, for operators: positions, lag and rebuilds. */
export class ReadModelRegistry {
  private readonly models = new Map<string, RegisteredReadModel>();

  add(model: RegisteredReadModel): void {
    // Names are table and checkpoint names: two read models under one would write over each other.
    if (this.models.has(model.name)) throw new Error(`Two read models are named ${model.name}`);
    this.models.set(model.name, model);
  }

  get(name: string): RegisteredReadModel | undefined {
    return this.models.get(name);
  }

  all(): readonly RegisteredReadModel[] {
    return [...this.models.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}

/** Injection token of the app's registry: `@Inject(READ_MODEL_REGISTRY) readModels: ReadModelRegistry`. */
export const READ_MODEL_REGISTRY = Symbol('ReadModelRegistry');
