export { ObservabilityModule } from './observability.module.js';
export type { ObservabilityOptions } from './observability-options.js';
export { BUS_LAG, type LagSource } from './bus-lag.js';
export { BROKER_HEALTH, type BrokerHealth } from './broker-health.js';
export { countingAppends } from './metrics/counting-appends.js';
