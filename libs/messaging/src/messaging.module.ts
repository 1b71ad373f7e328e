import { type BeforeApplicationShutdown, Global, Logger, Module, type OnApplicationBootstrap, type Provider } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-store';
import { InProcessBus } from './in-process-bus.js';
import { MESSAGE_BUS, type MessageBus } from './message-bus.js';
import { type Publication, Relay } from './relay.js';

/** The in-process bus of the standalone app, one per app instance; contexts inject `MESSAGE_BUS`. */
@Global()
@Module({ providers: [{ provide: MESSAGE_BUS, useFactory: () => new InProcessBus() }], exports: [MESSAGE_BUS] })
export class MessagingModule {}

/** Started once every module has registered its consumers, stopped before the store closes. */
class RunningRelay extends Relay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  onApplicationBootstrap(): void {
    this.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }
}

/** A context's relay as a provider: `relayProvider(HarvestRelay, harvestPublication)`. */
export function relayProvider(token: string | symbol | (abstract new (...args: never[]) => unknown), publication: Publication): Provider {
  const logger = new Logger(`relay.${publication.name}`);
  return {
    provide: token,
    inject: [EVENT_STORE, MESSAGE_BUS],
    useFactory: (store: EventStore, bus: MessageBus) =>
      new RunningRelay(store, bus, publication, { onError: (error) => logger.error(`publishing failed, retrying: ${String(error)}`) }),
  };
}
