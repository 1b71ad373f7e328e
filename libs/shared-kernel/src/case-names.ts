import { uuidFromName } from './ids.js';

/**
 * The infraction case of a load stopped at checkpoints, one per guide number: custody holds the load under it the
 * moment a scan immobilises it, and sanctions opens the same case from the flag.
 */
export const loadCaseId = (guideNumber: string): string => `CASE-${uuidFromName(`sanctions/load/${guideNumber}`)}`;
