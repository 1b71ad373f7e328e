import { type BeforeApplicationShutdown, type DynamicModule, Global, Module, type OnApplicationBootstrap, type Provider } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CONSUMERS, ConsumerRegistry } from './delivery/consumer-registry.js';
import { FAULTS, FaultPoints } from './faults/fault-points.js';
import { InProcessBus } from './in-process/in-process-bus.js';
import { MESSAGE_BUS, type MessageBus } from './message-bus.js';
import { ConsumerOperationsController } from './operations/consumer-operations.controller.js';
import { ConsumerSummariesHandler, ParkedMessagesHandler } from './operations/consumer-operations.handlers.js';
import { ReplayParkedMessageHandler } from './operations/replay-parked-message.handler.js';
import type { Publication } from './publication.js';

/** Consumers start once every module has registered its publications and consumers, and stop before the store closes. */
class RunningBus extends InProcessBus implements OnApplicationBootstrap, BeforeApplicationShutdown {
  onApplicationBootstrap(): void {
    this.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }
}

/** What messaging is configured with, read by the app at start. */
export interface MessagingOptions {
  /** Fault points to kill the process at, for a test; none in production. */
  readonly faultKillAt?: readonly string[];
}

/** The in-process bus of the standalone app and the registry of its consumers; contexts inject `MESSAGE_BUS`. */
@Global()
@Module({
  controllers: [ConsumerOperationsController],
  providers: [
    { provide: CONSUMERS, useFactory: () => new ConsumerRegistry() },
    { provide: MESSAGE_BUS, inject: [EVENT_STORE, CONSUMERS], useFactory: (store: EventStore, consumers: ConsumerRegistry) => new RunningBus(store, consumers) },
    ConsumerSummariesHandler,
    ParkedMessagesHandler,
    ReplayParkedMessageHandler,
  ],
  exports: [MESSAGE_BUS, CONSUMERS],
})
export class MessagingModule {
  static forRoot({ faultKillAt = [] }: MessagingOptions = {}): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [{ provide: FAULTS, useValue: new FaultPoints(faultKillAt) }],
      exports: [FAULTS],
    };
  }
}

/** A context's publication on the app's bus: `publicationProvider(custodyPublication)`, or a factory of it over the store. */
export function publicationProvider(publication: Publication | ((store: EventStore) => Publication)): Provider {
  return {
    provide: Symbol(`publication.${publication.name}`),
    inject: [MESSAGE_BUS, EVENT_STORE],
    useFactory: (bus: MessageBus, store: EventStore) => {
      const published = typeof publication === 'function' ? publication(store) : publication;
      bus.register(published);
      return published;
    },
  };
}
