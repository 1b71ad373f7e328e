import type { LotNotReceivedV1 } from './lot-not-received.js';
import type { ProcessorStandingChangedV1 } from './processor-standing-changed.js';
import type { TransformationFlaggedV1 } from './transformation-flagged.js';
import type { TransformationRecordedV1 } from './transformation-recorded.js';

/** What processing publishes, discriminated by `type` and `version`. */
export type ProcessingIntegrationEvent = TransformationRecordedV1 | TransformationFlaggedV1 | ProcessorStandingChangedV1 | LotNotReceivedV1;
