import type { IntegrationTopic } from '#messaging';

/** Every integration event processing publishes, on its topic when contexts run apart. */
export const PROCESSING_TOPIC: IntegrationTopic = {
  context: 'processing',
  types: ['ProcessorStandingChanged', 'TransformationRecorded', 'TransformationFlagged', 'LotNotReceived'],
};
