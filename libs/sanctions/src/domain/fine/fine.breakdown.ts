import type { FineInput } from './fine.input.js';

/** The rounding rule, stated in every breakdown so the figures can be redone by hand. */
export const FINE_ROUNDING =
  'Each amount in soles and each amount in UIT is rounded to 2 decimals, half up (half a cent goes up), once, at the end of the step that produces it; factors and the probability of detection are used as written.';

/** How a fine was computed, figure by figure, in the order of the steps; amounts are decimal strings. */
export interface FineBreakdown {
  /** Every input, as given. */
  readonly input: FineInput;
  readonly rounding: string;
  /** Volume × value per m³. */
  readonly timberValueSoles: string;
  /** B, the illicit benefit: timber value + avoided costs. */
  readonly illicitBenefitSoles: string;
  /** B ÷ p. */
  readonly baseFineSoles: string;
  /** Damage gravity, species, recidivism, then each aggravating and each mitigating circumstance: each multiplies the amount before it. */
  readonly factors: readonly AppliedFactor[];
  /** The amount after the last factor. */
  readonly amountSoles: string;
  /** The amount in soles ÷ the UIT of input.uit.year. */
  readonly amountUit: string;
  /** What the class band did to the amount in UIT. */
  readonly band: 'within' | 'raised_to_minimum' | 'lowered_to_maximum';
  /** The fine: the amount in UIT kept within the band. */
  readonly fineUit: string;
  /** The fine in UIT × the UIT of input.uit.year (it is paid at the UIT in force on the day of payment). */
  readonly fineSoles: string;
}

export interface AppliedFactor {
  readonly criterion: 'damage_gravity' | 'species' | 'recidivism' | 'aggravating' | 'mitigating';
  /** Why this factor has this value, in words. */
  readonly basis: string;
  readonly factor: string;
  readonly amountAfterSoles: string;
}
