import { type CheckResult, type CheckValue, result } from './check-result.js';
import type { GuidedScan } from './scan-context.js';
import type { SpeciesYieldFacts } from './scan-facts.js';

/**
 * Check 7, for a processor origin: for each species, its output needed no more input, at the maximum yield from its
 * input product to its output product, than the processor took in (overstated yields). Output over caps that await
 * confirmation, and within the confirmed ones, is an observation only.
 */
export function checkOriginYield({ guide }: GuidedScan): CheckResult[] {
  const { origin } = guide;
  if (origin.kind !== 'processor') return [];
  const expected = origin.yields.map(expectedOf);
  const observed = origin.yields.map(({ species, inputM3 }) => ({ species, inputM3 }));
  const over = origin.yields.filter(({ inputM3, inputNeededM3 }) => inputNeededM3 > inputM3);
  if (over.length > 0) {
    const described = over.map(excessOf).join('; ');
    if (over.some(overConfirmedCaps)) return [result('ORIGIN_YIELD', 'failure', expected, observed, `The processor produced more than its yields allow: ${described}: products without legal origin`)];
    return [result('ORIGIN_YIELD', 'warning', expected, observed, `The processor produced more than its yields allow, by caps not yet confirmed: ${described}`)];
  }
  return [result('ORIGIN_YIELD', 'pass', expected, observed, 'Each species’ output lies within its input at the maximum yield for its products')];
}

/** The unconfirmed caps a species was judged by, named beside what the confirmed ones alone call for. */
function expectedOf({ species, inputNeededM3, unconfirmedCaps, inputNeededAtConfirmedCapsM3 }: SpeciesYieldFacts): CheckValue {
  if (unconfirmedCaps === undefined) return { species, inputNeededM3 };
  return { species, inputNeededM3, inputNeededAtConfirmedCapsM3: inputNeededAtConfirmedCapsM3 ?? inputNeededM3, unconfirmedCaps };
}

function excessOf({ species, inputM3, inputNeededM3, unconfirmedCaps }: SpeciesYieldFacts): string {
  const caps = unconfirmedCaps === undefined ? '' : ` (caps not yet confirmed: ${unconfirmedCaps.map(({ input, output, maxYield }) => `${input} → ${output} at ${maxYield}`).join(', ')})`;
  return `${species} needed ${inputNeededM3} m³ of input and had ${inputM3} m³${caps}`;
}

/** Over even with its unconfirmed caps limiting nothing: the confirmed caps alone are exceeded. */
function overConfirmedCaps({ inputM3, inputNeededM3, inputNeededAtConfirmedCapsM3 }: SpeciesYieldFacts): boolean {
  return (inputNeededAtConfirmedCapsM3 ?? inputNeededM3) > inputM3;
}
