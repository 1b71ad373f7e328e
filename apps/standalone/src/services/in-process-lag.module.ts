import { type DynamicModule, Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { type InProcessBus, MESSAGE_BUS } from '#messaging';
import { BUS_LAG, type LagSource } from '#observability';

/** On the in-process bus, each consumer's lag is counted in the store: readiness checks it and metrics expose it, as on Kafka. */
@Module({})
export class InProcessLagModule {
  /** Counts each consumer's lag no further than `upTo` (the readiness bound): all readiness asks, and cheap while a consumer replays. */
  static countingUpTo(upTo: number): DynamicModule {
    return {
      module: InProcessLagModule,
      global: true,
      providers: [
        {
          provide: BUS_LAG,
          inject: [ModuleRef],
          // Looked up when asked, as on Kafka: metrics count the store's appends, and the bus needs the store.
          useFactory: (refs: ModuleRef): LagSource => ({ lag: () => refs.get<InProcessBus>(MESSAGE_BUS, { strict: false }).lag(upTo) }),
        },
      ],
      exports: [BUS_LAG],
    };
  }
}
