import { type CheckResult, result } from './check-result.js';
import type { GuidedScan } from './scan-context.js';

/**
 * Check 7, for a processor origin: for each species, its output needed no more input, at the maximum yield from its
 * input product to its output product, than the processor took in (overstated yields).
 */
export function checkOriginYield({ guide }: GuidedScan): CheckResult[] {
  const { origin } = guide;
  if (origin.kind !== 'processor') return [];
  const expected = origin.yields.map(({ species, inputNeededM3 }) => ({ species, inputNeededM3 }));
  const observed = origin.yields.map(({ species, inputM3 }) => ({ species, inputM3 }));
  const over = origin.yields.filter(({ inputM3, inputNeededM3 }) => inputNeededM3 > inputM3);
  if (over.length > 0) {
    const described = over.map(({ species, inputM3, inputNeededM3 }) => `${species} needed ${inputNeededM3} m³ of input and had ${inputM3} m³`).join('; ');
    return [result('ORIGIN_YIELD', 'failure', expected, observed, `The processor produced more than its yields allow: ${described}: products without legal origin`)];
  }
  return [result('ORIGIN_YIELD', 'pass', expected, observed, 'Each species’ output lies within its input at the maximum yield for its products')];
}
