import { roundVolume } from '#shared-kernel';
import { genusOf, isGenusOnly, nameKey } from '../guide.names.js';
import { type CheckResult, result } from './check-result.js';
import { observedLoad } from './load-matching.js';
import { m3 } from './measures.js';
import type { GuidedScan } from './scan-context.js';
import type { SpeciesQuota } from './scan-facts.js';

/**
 * Check 7, for a permit origin: every species on the truck is in the plan, and what the plan's other
 * guides moved plus this load stays within what it authorises (moving more than authorised).
 */
export function checkOriginQuota({ scan, guide }: GuidedScan): CheckResult[] {
  const { origin } = guide;
  if (origin.kind !== 'permit') return [];
  return observedLoad(scan.observedLines).map((load) => {
    const quotas = quotasOf(origin.quotas, load.name);
    if (quotas.length === 0) return result('ORIGIN_QUOTA', 'failure', { species: load.name, inPlan: true }, { species: load.name, inPlan: false, thisLoadM3: load.m3 }, `${load.name} is not in the harvest plan of origin`);
    const authorisedM3 = roundVolume(quotas.reduce((sum, quota) => sum + m3(quota.authorised), 0));
    const movedM3 = roundVolume(quotas.reduce((sum, quota) => sum + m3(quota.movedByOtherGuides), 0));
    const totalM3 = roundVolume(movedM3 + load.m3);
    const expected = { species: load.name, authorisedM3 };
    const observed = { species: load.name, movedByOtherGuidesM3: movedM3, thisLoadM3: load.m3, totalM3 };
    if (totalM3 > authorisedM3) {
      return result('ORIGIN_QUOTA', 'failure', expected, observed, `${load.name}: ${totalM3} m³ moved with this load, ${authorisedM3} m³ authorised: ${roundVolume(totalM3 - authorisedM3)} m³ beyond the plan`);
    }
    return result('ORIGIN_QUOTA', 'pass', expected, observed, `${load.name}: within the plan, ${roundVolume(authorisedM3 - totalM3)} m³ left`);
  });
}

/** The quota of the species; for timber seen only at genus level, those of every species of the genus in the plan, together. */
function quotasOf(quotas: readonly SpeciesQuota[], name: string): SpeciesQuota[] {
  const key = nameKey(name);
  return quotas.filter((quota) => nameKey(quota.species) === key || (isGenusOnly(name) && genusOf(quota.species) === key));
}
