import type { GuideIntegrationEvent } from './guide-integration-events.js';
import type { LotIntegrationEvent } from './lot-integration-events.js';

export type { LotDeliveredV1, ProductTypeV1 } from './lot-delivered.js';
export type { LotImmobilisedV1 } from './lot-immobilised.js';
export type { LotReleasedV1 } from './lot-released.js';
export type { LotConfiscatedV1 } from './lot-confiscated.js';
export type { ConfiscatedLotDisposedV1 } from './confiscated-lot-disposed.js';
export type { LotLineageChangedV1, LineageEdgeV1 } from './lot-lineage-changed.js';
export type { LotIntegrationEvent } from './lot-integration-events.js';
export type { GuideIssuedV1, GuideOriginV1, TrajectoryCheckpointV1 } from './guide-issued.js';
export type { GuideDeliveredV1 } from './guide-delivered.js';
export type { ShipmentScannedV1, ScanRuleV1, ScanVerdictV1 } from './shipment-scanned.js';
export type { ShipmentVerdictRevisedV1 } from './shipment-verdict-revised.js';
export type { ShipmentFlaggedV1, FailedCheckV1, CheckValueV1, LoadLineV1, SeizedLotV1 } from './shipment-flagged.js';
export type { GuideIntegrationEvent } from './guide-integration-events.js';

/** Everything custody publishes. */
export type CustodyIntegrationEvent = LotIntegrationEvent | GuideIntegrationEvent;
export { CUSTODY_TOPIC } from './custody-topic.js';
