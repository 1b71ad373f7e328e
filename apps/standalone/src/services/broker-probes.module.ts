import { type DynamicModule, Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { type KafkaBus, MESSAGE_BUS } from '#messaging';
import { BROKER_HEALTH, BUS_LAG, type BrokerHealth, type LagSource } from '#observability';

// The bus is looked up when asked, not injected: metrics count the store's appends, and the bus needs the store.
const kafkaBus = (refs: ModuleRef) => refs.get<KafkaBus>(MESSAGE_BUS, { strict: false });

/** On Kafka, the bus tells readiness whether the brokers answer and each consumer group's lag, and metrics expose it. */
@Module({})
export class BrokerProbesModule {
  /** The relays' lag is counted in the store, up to `upTo` (the readiness bound), as the in-process consumers' is. */
  static countingUpTo(upTo: number): DynamicModule {
    return {
      module: BrokerProbesModule,
      global: true,
      providers: [
        {
          provide: BUS_LAG,
          inject: [ModuleRef],
          useFactory: (refs: ModuleRef): LagSource => ({
            lag: () => kafkaBus(refs).lag(),
            relayLag: () => kafkaBus(refs).relayLag(upTo),
            deadLettered: () => kafkaBus(refs).deadLettered(),
          }),
        },
        { provide: BROKER_HEALTH, inject: [ModuleRef], useFactory: (refs: ModuleRef): BrokerHealth => ({ ping: () => kafkaBus(refs).ping() }) },
      ],
      exports: [BUS_LAG, BROKER_HEALTH],
    };
  }
}
