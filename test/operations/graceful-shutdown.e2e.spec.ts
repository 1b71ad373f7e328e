import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type BeforeApplicationShutdown, Controller, Get, Global, Inject, type INestApplication, Injectable, Module } from '@nestjs/common';
import { Public } from '#auth';
import { EVENT_STORE, type EventStore } from '#event-store';
import { tempDataDir } from '../standalone/temp-data-dir.js';
import { observedApp } from './observed-app.js';

/** What happened during the shutdown, in order. */
const happened: string[] = [];

/** A request that takes a while, then reads the store: it must still be there when the answer is made. */
@Public()
@Controller('slow')
class SlowController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  async slow(): Promise<{ events: number }> {
    await sleep(600);
    const events = await this.store.readAll({ maxCount: 1 });
    happened.push('request answered');
    return { events: events.length };
  }
}

/** Stands for the bus and the store: modules that stop in the shutdown hooks. */
@Injectable()
class ShutdownWitness implements BeforeApplicationShutdown {
  beforeApplicationShutdown(): void {
    happened.push('shutdown hooks ran');
  }
}

@Global()
@Module({ providers: [ShutdownWitness] })
class Witness {}

describe('a graceful shutdown', () => {
  let app: INestApplication;
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    app = await observedApp(dataDir.path, { imports: [Witness], controllers: [SlowController] });
    await app.listen(0, '127.0.0.1');
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    await dataDir?.remove();
  });

  it('stops accepting, answers the request in flight, then runs the modules’ shutdown hooks', async () => {
    const url = await app.getUrl();
    const inFlight = fetch(`${url}/slow`);
    await sleep(150);

    const closed = app.close();
    await sleep(100);
    await expect(fetch(`${url}/health/live`)).rejects.toThrow();

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ events: expect.any(Number) });
    await closed;
    expect(happened).toEqual(['request answered', 'shutdown hooks ran']);
  });
});
