import type { DestinationStream, LevelWithSilent } from 'pino';

/** What the app reads at start and hands over typed: this library never reads the environment. */
export interface ObservabilityOptions {
  /** The least severe log line written. */
  readonly logLevel: LevelWithSilent;
  /** Messages a consumer may be behind before the app answers not ready (where a `BUS_LAG` source tells). */
  readonly readyMaxLag: number;
  /** Where the JSON lines go; stdout unless a test reads them. */
  readonly logDestination?: DestinationStream;
}

export const OBSERVABILITY_OPTIONS = Symbol('ObservabilityOptions');
