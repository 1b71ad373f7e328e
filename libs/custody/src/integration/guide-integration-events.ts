import type { GuideDeliveredV1 } from './guide-delivered.js';
import type { GuideIssuedV1 } from './guide-issued.js';
import type { ShipmentFlaggedV1 } from './shipment-flagged.js';
import type { ShipmentScannedV1 } from './shipment-scanned.js';
import type { ShipmentVerdictRevisedV1 } from './shipment-verdict-revised.js';

/** What custody publishes about guides and their scans, discriminated by `type` and `version`. */
export type GuideIntegrationEvent = GuideIssuedV1 | ShipmentScannedV1 | ShipmentFlaggedV1 | ShipmentVerdictRevisedV1 | GuideDeliveredV1;
