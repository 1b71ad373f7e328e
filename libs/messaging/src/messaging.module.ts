import { type BeforeApplicationShutdown, type DynamicModule, Global, Module, type OnApplicationBootstrap, type Provider } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-store';
import { CONSUMERS, ConsumerRegistry } from './delivery/consumer-registry.js';
import { FAULTS, FaultPoints } from './faults/fault-points.js';
import { InProcessBus } from './in-process/in-process-bus.js';
import { KafkaBus, type KafkaBusOptions } from './kafka/kafka-bus.js';
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

/** The Kafka bus of a service that runs its contexts apart: they start after every module registered, and stop before the store closes. */
class RunningKafkaBus extends KafkaBus implements OnApplicationBootstrap, BeforeApplicationShutdown {
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
  /** Contexts in other processes are reached over these brokers; without it, the in-process bus over the store. */
  readonly kafka?: KafkaBusOptions;
}

/** The in-process bus of the standalone app and the registry of its consumers; contexts inject `MESSAGE_BUS`. */
@Global()
@Module({
  controllers: [ConsumerOperationsController],
  providers: [
    { provide: CONSUMERS, useFactory: () => new ConsumerRegistry() },
    ConsumerSummariesHandler,
    ParkedMessagesHandler,
    ReplayParkedMessageHandler,
  ],
  exports: [CONSUMERS],
})
export class MessagingModule {
  static forRoot({ faultKillAt = [], kafka }: MessagingOptions = {}): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: FAULTS, useValue: new FaultPoints(faultKillAt) },
        {
          provide: MESSAGE_BUS,
          inject: [EVENT_STORE, CONSUMERS],
          useFactory: (store: EventStore, consumers: ConsumerRegistry) => (kafka ? new RunningKafkaBus(store, consumers, kafka) : new RunningBus(store, consumers)),
        },
      ],
      exports: [FAULTS, MESSAGE_BUS],
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
