import { type DynamicModule, Module } from '@nestjs/common';
import { publicationProvider } from '#messaging';
import { readModelPort } from '#projections';
import { CheckpointScansController } from './checkpoint-scans/checkpoint-scans.controller.js';
import { CheckpointScansHandler } from './checkpoint-scans/checkpoint-scans.handler.js';
import { HarvestRegisterConsumer } from './origin-register/harvest-register.consumer.js';
import { ProcessingRegisterConsumer } from './origin-register/processing-register.consumer.js';
import { RegisterReads } from './origin-register/register-reads.js';
import { PLAN_GUIDES } from './plan-guides/plan-guides.port.js';
import { planGuidesProjection } from './plan-guides/plan-guides.projection.js';
import { PlanGuidesReadModel } from './plan-guides/plan-guides.read-model.js';
import { ScanBatchController } from './scan-batch/scan-batch.controller.js';
import { ScanBatchHandler } from './scan-batch/scan-batch.handler.js';
import { ScanFactsGatherer } from './scan-facts/scan-facts.gatherer.js';
import { SCAN_LOG } from './scan-log/scan-log.port.js';
import { scanLogProjection } from './scan-log/scan-log.projection.js';
import { ScanLogReadModel } from './scan-log/scan-log.read-model.js';
import { Sightings } from './scan-log/sightings.js';
import { scanPublication } from './scan-publication/scan.publication.js';
import { ScanShipmentController } from './scan-shipment/scan-shipment.controller.js';
import { ScanShipmentHandler } from './scan-shipment/scan-shipment.handler.js';
import { ShipmentScanner } from './scan-shipment/shipment-scanner.js';
import { SCAN_SETTINGS, type ScanSettings } from './settings/scan-settings.js';

/** Checkpoint scans: judging a load against its guide, offline uploads, sightings and checkpoint queries. */
@Module({
  controllers: [ScanShipmentController, ScanBatchController, CheckpointScansController],
  providers: [
    ShipmentScanner,
    ScanShipmentHandler,
    ScanBatchHandler,
    CheckpointScansHandler,
    ScanFactsGatherer,
    RegisterReads,
    Sightings,
    HarvestRegisterConsumer,
    ProcessingRegisterConsumer,
    publicationProvider(scanPublication),
    ...readModelPort(SCAN_LOG, scanLogProjection, (model) => new ScanLogReadModel(model)),
    ...readModelPort(PLAN_GUIDES, planGuidesProjection, (model) => new PlanGuidesReadModel(model)),
  ],
})
export class ScanningModule {
  static forRoot(settings: ScanSettings): DynamicModule {
    return { module: ScanningModule, providers: [{ provide: SCAN_SETTINGS, useValue: settings }] };
  }
}
