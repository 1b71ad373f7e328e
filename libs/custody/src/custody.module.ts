import { Module } from '@nestjs/common';
import { ScanningModule } from './scanning/scanning.module.js';

/** The custody context: lots and guides, their relay and inbound translators; scans in their own module. */
@Module({ imports: [ScanningModule] })
export class CustodyModule {}
