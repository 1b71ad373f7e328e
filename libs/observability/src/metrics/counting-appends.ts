import type { DynamicModule, FactoryProvider, Provider } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-store';
import { type AppMetrics, METRICS } from './app-metrics.js';
import { countedStore } from './counted-store.js';

/**
 * The event store module with its `EVENT_STORE` wrapped to count appends: the adapters stay as they are, and every
 * writer of the app gets the counted store. Needs `ObservabilityModule` (global) in the same app.
 */
export function countingAppends(eventStoreModule: DynamicModule): DynamicModule {
  const providers = eventStoreModule.providers ?? [];
  const store = providers.find(isEventStoreFactory);
  // A change in how the store is provided must show here, not as appends silently uncounted.
  if (!store) throw new Error('countingAppends: the module provides no EVENT_STORE factory');
  return { ...eventStoreModule, providers: providers.map((provider) => (provider === store ? counted(store) : provider)) };
}

function isEventStoreFactory(provider: Provider): provider is FactoryProvider<EventStore> {
  return typeof provider === 'object' && 'provide' in provider && provider.provide === EVENT_STORE && 'useFactory' in provider;
}

function counted(provider: FactoryProvider<EventStore>): FactoryProvider<EventStore> {
  return {
    ...provider,
    inject: [...(provider.inject ?? []), METRICS],
    useFactory: async (...dependencies: unknown[]) => {
      const metrics = dependencies.pop() as AppMetrics;
      return countedStore(await provider.useFactory(...dependencies), (streamId, events) => metrics.countAppended(streamId, events));
    },
  };
}
