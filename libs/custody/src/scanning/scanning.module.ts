import { Module } from '@nestjs/common';

/** Checkpoint scans: judging a load against its guide, offline uploads, sightings and checkpoint queries. */
@Module({})
export class ScanningModule {}
