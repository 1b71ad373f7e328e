/** Whether the message broker answers; rejects when it does not. */
export interface BrokerHealth {
  ping(): Promise<void>;
}

/** Optional injection token of the app's `BrokerHealth`: checked by readiness when provided. */
export const BROKER_HEALTH = Symbol('BrokerHealth');
