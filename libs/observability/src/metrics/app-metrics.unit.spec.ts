import { liveView, ReadModelRegistry } from '#projections';
import { AppMetrics } from './app-metrics.js';

describe('AppMetrics', () => {
  it('exposes the lag of each async projection as its status tells it, and none for live views', async () => {
    const readModels = new ReadModelRegistry();
    const projection = (name: string, lag: number) => ({ name, lifecycle: 'async' as const, status: async () => ({ lag }) as never, rebuild: async () => undefined });
    readModels.add(projection('guides', 7));
    readModels.add(projection('cases', 0));
    readModels.add(liveView('permit', 'permit-'));

    const exposition = await new AppMetrics(undefined, undefined, readModels).registry.metrics();

    expect(exposition.split('\n').filter((line) => line.startsWith('projection_lag{'))).toEqual(['projection_lag{projection="cases"} 0', 'projection_lag{projection="guides"} 7']);
  });
});
