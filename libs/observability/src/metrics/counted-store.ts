import type { EventStore } from '#event-store';

/** The store as it is, but every append that stores events is counted first-hand (a retry that stored nothing is not). */
export function countedStore(store: EventStore, count: (streamId: string, events: number) => void): EventStore {
  const append: EventStore['append'] = async (streamId, events, expectedVersion) => {
    const result = await store.append(streamId, events, expectedVersion);
    if (!result.alreadyStored) count(streamId, events.length);
    return result;
  };
  return new Proxy(store, {
    get(target, key) {
      if (key === 'append') return append;
      const value: unknown = Reflect.get(target, key, target);
      // Bound to the adapter itself: its private fields are not the proxy's.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
