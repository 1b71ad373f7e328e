// The scales of OSINFOR's method as this system applies them. Every value is provisional, to be confirmed against
// the method in force; each is a decimal string so no rate ever passes through a float.

/** Probability that such a conduct is detected, by how visible it is: a suggestion for FineInput.detectionProbability. */
export const DETECTION_PROBABILITY = { high: '0.75', medium: '0.50', low: '0.25' } as const;

/** Factor by the gravity of the damage to the forest. */
export const DAMAGE_GRAVITY_FACTOR = { low: '1.00', medium: '1.25', high: '1.50' } as const;
export type DamageGravity = keyof typeof DAMAGE_GRAVITY_FACTOR;

/** Factor by the species' category in Peru's list of threatened flora (IUCN's categories). */
export const THREAT_CATEGORY_FACTOR = { none: '1.00', NT: '1.10', VU: '1.20', EN: '1.30', CR: '1.50' } as const;
export type ThreatCategory = keyof typeof THREAT_CATEGORY_FACTOR;

/** Factor by the species' CITES appendix; the species counts at the higher of this and its threat category's. */
export const CITES_APPENDIX_FACTOR = { III: '1.10', II: '1.30', I: '1.50' } as const;
export type CitesAppendix = keyof typeof CITES_APPENDIX_FACTOR;

/** +50 % for a party with a sanction that became final within the year before the facts. */
export const RECIDIVISM_FACTOR = '1.50';
