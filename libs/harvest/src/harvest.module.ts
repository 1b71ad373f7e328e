import { Module } from '@nestjs/common';

/** The harvest context: its use cases, read models, relay and inbound translators. */
@Module({})
export class HarvestModule {}
