import { Module } from '@nestjs/common';

/** The processing context: its use cases, read models, relay and inbound translators. */
@Module({})
export class ProcessingModule {}
