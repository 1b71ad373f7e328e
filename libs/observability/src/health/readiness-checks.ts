import { Inject, Injectable, Optional } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorFunction } from '@nestjs/terminus';
import { EVENT_STORE, type EventStore, READ_MODELS, type ReadModelDatabase } from '#event-store';
import { StreamNotFound } from '#shared-kernel';
import { BROKER_HEALTH, type BrokerHealth } from '../broker-health.js';
import { BUS_LAG, type LagSource } from '../bus-lag.js';
import { OBSERVABILITY_OPTIONS, type ObservabilityOptions } from '../observability-options.js';

// A store that takes longer than this to answer a trivial read is not one to send traffic to.
const CHECK_TIMEOUT_MS = 3000;
const PROBE_STREAM = 'readiness-probe';

/** What readiness checks: the event store and the read models' database answer; consumers keep up and the broker answers, where the app has them. */
@Injectable()
export class ReadinessChecks {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODELS) private readonly readModels: ReadModelDatabase,
    @Inject(OBSERVABILITY_OPTIONS) private readonly options: ObservabilityOptions,
    @Optional() @Inject(BUS_LAG) private readonly lagSource?: LagSource,
    @Optional() @Inject(BROKER_HEALTH) private readonly broker?: BrokerHealth,
  ) {}

  all(): HealthIndicatorFunction[] {
    const { lagSource, broker } = this;
    return [
      () => this.indicators.check('event_store').attempt(() => this.storeAnswers()).withTimeout(CHECK_TIMEOUT_MS),
      () => this.indicators.check('read_models').attempt(async () => void (await this.readModels.sql.query('SELECT 1'))).withTimeout(CHECK_TIMEOUT_MS),
      ...(lagSource ? [() => this.consumersKeepUp(lagSource)] : []),
      ...(broker ? [() => this.indicators.check('broker').attempt(() => broker.ping()).withTimeout(CHECK_TIMEOUT_MS)] : []),
    ];
  }

  /** A read of a stream nobody writes: answered "not found" by a store that works. */
  private async storeAnswers(): Promise<void> {
    try {
      await this.store.readStream(PROBE_STREAM, { maxCount: 1 });
    } catch (error) {
      if (!(error instanceof StreamNotFound)) throw error;
    }
  }

  private async consumersKeepUp(lagSource: LagSource) {
    const check = this.indicators.check('consumer_lag');
    const max = this.options.readyMaxLag;
    const behind = (await lagSource.lag()).filter(({ messages }) => messages >= max);
    return behind.length === 0 ? check.up({ max }) : check.down({ max, behind });
  }
}
