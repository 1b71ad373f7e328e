import { divideHalfUp, exact, roundHalfUp, written, type Exact } from './exact.js';
import { FINE_ROUNDING, type AppliedFactor, type FineBreakdown } from './fine.breakdown.js';
import { InvalidFineInput } from './fine.errors.js';
import { factorsOf } from './fine.factors.js';
import { decimalField, notNegativeField } from './fine.fields.js';
import type { FineInput, UitBand } from './fine.input.js';

const PLACES = 2;
const ZERO = exact('0');
const ONE = exact('1');

/**
 * The fine of an infraction by OSINFOR's method: the illicit benefit B (timber value in natural state + avoided
 * costs) over the probability of detection p, times each factor, converted to UIT and kept within the class band.
 * Exact decimal arithmetic throughout, each step rounded once (FINE_ROUNDING); every figure is in the breakdown.
 */
export function computeFine(input: FineInput): FineBreakdown {
  const volume = notNegativeField('volumeM3', input.volumeM3);
  const valuePerM3 = notNegativeField('valuePerM3Soles', input.valuePerM3Soles);
  const avoidedCosts = input.avoidedCostsSoles === undefined ? undefined : notNegativeField('avoidedCostsSoles', input.avoidedCostsSoles);
  const p = detectionProbability(input.detectionProbability);
  const uit = uitSoles(input);
  const [minUit, maxUit] = bandOf(input.band);
  const factors = factorsOf(input);

  const timberValue = roundHalfUp(volume.times(valuePerM3), PLACES);
  const benefit = avoidedCosts === undefined ? timberValue : roundHalfUp(timberValue.plus(avoidedCosts), PLACES);
  const base = divideHalfUp(benefit, p, PLACES);
  const applied: AppliedFactor[] = [];
  let amount = base;
  for (const { criterion, basis, factor } of factors) {
    amount = roundHalfUp(amount.times(factor), PLACES);
    applied.push({ criterion, basis, factor: written(factor, PLACES), amountAfterSoles: written(amount, PLACES) });
  }
  const amountUit = divideHalfUp(amount, uit, PLACES);
  const band = amountUit.lt(minUit) ? 'raised_to_minimum' : amountUit.gt(maxUit) ? 'lowered_to_maximum' : 'within';
  const fineUit = band === 'raised_to_minimum' ? minUit : band === 'lowered_to_maximum' ? maxUit : amountUit;

  return {
    input,
    rounding: FINE_ROUNDING,
    timberValueSoles: written(timberValue, PLACES),
    illicitBenefitSoles: written(benefit, PLACES),
    baseFineSoles: written(base, PLACES),
    factors: applied,
    amountSoles: written(amount, PLACES),
    amountUit: written(amountUit, PLACES),
    band,
    fineUit: written(fineUit, PLACES),
    fineSoles: written(roundHalfUp(fineUit.times(uit), PLACES), PLACES),
  };
}

function detectionProbability(value: string): Exact {
  const p = decimalField('detectionProbability', value);
  if (p.lte(ZERO) || p.gt(ONE)) throw new InvalidFineInput('detectionProbability', 'must be above 0 and at most 1', value);
  return p;
}

function uitSoles({ uit }: FineInput): Exact {
  if (!Number.isInteger(uit.year)) throw new InvalidFineInput('uit.year', 'must be a whole year', uit.year);
  const soles = decimalField('uit.soles', uit.soles);
  if (soles.lte(ZERO)) throw new InvalidFineInput('uit.soles', 'must be above 0', uit.soles);
  return soles;
}

function bandOf(band: UitBand): readonly [Exact, Exact] {
  const min = uitBound('band.minUit', band.minUit);
  const max = uitBound('band.maxUit', band.maxUit);
  if (min.gt(max)) throw new InvalidFineInput('band', 'must have minUit at most maxUit', band);
  return [min, max];
}

/** At most 2 decimals, as the fine has, so the band never leaves a figure with more. */
function uitBound(field: string, value: string): Exact {
  const bound = notNegativeField(field, value);
  if (bound.decimalPlaces() > PLACES) throw new InvalidFineInput(field, `must have at most ${PLACES} decimals`, value);
  return bound;
}
