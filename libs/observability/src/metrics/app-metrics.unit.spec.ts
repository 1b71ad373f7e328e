import { liveView, ReadModelRegistry } from '#projections';
import { AppMetrics } from './app-metrics.js';

describe('AppMetrics', () => {
  it('exposes the lag of each async projection counted up to the bound, and none for live views', async () => {
    const registry = new ReadModelRegistry();
    const projection = (name: string, lag: number) => ({
      name,
      lifecycle: 'async' as const,
      status: () => Promise.reject(new Error('a scrape reads the lag alone')),
      lag: async (upTo = Infinity) => Math.min(lag, upTo),
      rebuild: async () => undefined,
    });
    registry.add(projection('guides', 7));
    registry.add(projection('cases', 0));
    registry.add(liveView('permit', 'permit-'));

    const exposition = await new AppMetrics(undefined, undefined, { registry, lagUpTo: 5 }).registry.metrics();

    expect(exposition.split('\n').filter((line) => line.startsWith('projection_lag{'))).toEqual(['projection_lag{projection="cases"} 0', 'projection_lag{projection="guides"} 5']);
  });
});
