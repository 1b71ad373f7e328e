import { dayNumberOf, oneYearBefore } from '../calendar/calendar-date.js';
import type { PriorFinalSanction } from './fine.input.js';
import { RECIDIVISM_FACTOR } from './fine.scales.js';

export interface Recidivism {
  readonly factor: string;
  readonly basis: string;
}

/**
 * A repeat offence: the party's sanction became final within the year before the facts, from the same date a year
 * earlier up to the day before the facts.
 */
export function recidivismOf(factsOn: string, prior: PriorFinalSanction | undefined): Recidivism {
  const facts = dayNumberOf(factsOn, 'factsOn');
  if (prior === undefined) return { factor: '1.00', basis: 'no prior final sanction' };
  const final = dayNumberOf(prior.finalOn, 'priorFinalSanction.finalOn');
  const yearBefore = oneYearBefore(factsOn, 'factsOn');
  const sanction = `sanction ${prior.reference} became final on ${prior.finalOn}`;
  if (final >= facts) return { factor: '1.00', basis: `${sanction}, not before the facts on ${factsOn}` };
  if (final < dayNumberOf(yearBefore, 'factsOn')) return { factor: '1.00', basis: `${sanction}, more than a year before the facts on ${factsOn}` };
  return { factor: RECIDIVISM_FACTOR, basis: `${sanction}, within the year before the facts on ${factsOn}: +50 %` };
}
