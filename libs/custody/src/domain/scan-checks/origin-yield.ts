import { roundVolume } from '#shared-kernel';
import { type CheckResult, result } from './check-result.js';
import { m3 } from './measures.js';
import type { GuidedScan } from './scan-context.js';

/** Check 7, for a processor origin: its cumulative output stays within its cumulative input times the maximum yield (overstated yields). */
export function checkOriginYield({ guide }: GuidedScan): CheckResult[] {
  const { origin } = guide;
  if (origin.kind !== 'processor') return [];
  const inputM3 = m3(origin.cumulativeInput);
  const outputM3 = m3(origin.cumulativeOutput);
  const maximumOutputM3 = roundVolume(inputM3 * origin.maximumYield);
  const expected = { maximumOutputM3, maximumYield: origin.maximumYield };
  const observed = { inputM3, outputM3 };
  if (outputM3 > maximumOutputM3) {
    return [result('ORIGIN_YIELD', 'failure', expected, observed, `The processor produced ${outputM3} m³ from ${inputM3} m³, more than ${maximumOutputM3} m³ its yield allows: products without legal origin`)];
  }
  return [result('ORIGIN_YIELD', 'pass', expected, observed, 'The processor’s output lies within its input times the maximum yield')];
}
