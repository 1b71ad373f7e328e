export type { TransformationRecordedV1, LotShareV1, ProductTypeV1, SpeciesYieldV1 } from './transformation-recorded.js';
export type { TransformationFlaggedV1 } from './transformation-flagged.js';
export type { ProcessorStandingChangedV1 } from './processor-standing-changed.js';
export type { ProcessingIntegrationEvent } from './processing-integration-events.js';
export type { LotNotReceivedV1 } from './lot-not-received.js';
export { PROCESSING_TOPIC } from './processing-topic.js';
