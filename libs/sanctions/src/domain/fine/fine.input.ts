import type { CitesAppendix, DamageGravity, ThreatCategory } from './fine.scales.js';

/**
 * What the fine of one infraction is computed from. Every amount, rate and percentage is a plain decimal string
 * ("12.5", "1200.00"), never a JavaScript number, so no figure passes through a float.
 */
export interface FineInput {
  /** m³ of timber the infraction concerns; "0" when the benefit is only costs avoided. */
  readonly volumeM3: string;
  /** Soles per m³ of the species in natural state (standing, before extraction). */
  readonly valuePerM3Soles: string;
  /** Soles the party avoided spending by the infraction (fees, management, transport documents), if any. */
  readonly avoidedCostsSoles?: string;
  /** p, the probability that such a conduct is detected, in (0, 1]; DETECTION_PROBABILITY suggests values. */
  readonly detectionProbability: string;
  readonly damageGravity: DamageGravity;
  readonly threatCategory: ThreatCategory;
  readonly citesAppendix?: CitesAppendix;
  /** The date of the facts, YYYY-MM-DD (Peru): recidivism looks back one year from it. */
  readonly factsOn: string;
  /** The party's latest final sanction, if any: a repeat offence if it became final within the year before the facts. */
  readonly priorFinalSanction?: PriorFinalSanction;
  /** Circumstances that raise the fine, each by its percentage, applied in this order. */
  readonly aggravating?: readonly NamedPercentage[];
  /** Circumstances that lower the fine, each by its percentage (under 100), applied in this order after the aggravating ones. */
  readonly mitigating?: readonly NamedPercentage[];
  /** The UIT the amount is converted at. */
  readonly uit: UitOfYear;
  /** The band of the infraction's class (leve, grave, muy grave) the fine is kept within, from reference data. */
  readonly band: UitBand;
}

export interface PriorFinalSanction {
  /** The resolution or case that imposed it, as it is cited. */
  readonly reference: string;
  /** YYYY-MM-DD: the day it became final. */
  readonly finalOn: string;
}

export interface NamedPercentage {
  readonly name: string;
  /** e.g. "20" for 20 %. */
  readonly percent: string;
}

export interface UitOfYear {
  readonly year: number;
  /** Its value in soles, e.g. "5350" for 2025. */
  readonly soles: string;
}

/** Bounds in UIT, each with at most 2 decimals, e.g. leve { minUit: "0.10", maxUit: "3" }. */
export interface UitBand {
  readonly minUit: string;
  readonly maxUit: string;
}
