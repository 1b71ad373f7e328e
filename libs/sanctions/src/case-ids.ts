import { loadCaseId, uuidFromName } from '#shared-kernel';

// Named after what the case is about, so every flag on the same load or guide count finds the same case, redeliveries included.

/** The case of a load flagged at checkpoints: one per guide number, the one custody holds the load under. */
export const caseOfLoad = loadCaseId;

/** The case of a guide a permit could not count. */
export const caseOfGuideCount = (permitId: string, guideNumber: string) => `CASE-${uuidFromName(`sanctions/guide-count/${permitId}/${guideNumber}`)}`;

/** The case of a transformation a processor declared over yield: each exception is its own act, with its own products. */
export const caseOfTransformation = (facilityId: string, transformationId: string) => `CASE-${uuidFromName(`sanctions/transformation/${facilityId}/${transformationId}`)}`;

/** A case an inspector opens, named after the request, so a retry with the same Idempotency-Key finds it again. */
export const caseOfInspection = (commandId: string) => `CASE-${uuidFromName(`sanctions/inspection/${commandId}`)}`;
