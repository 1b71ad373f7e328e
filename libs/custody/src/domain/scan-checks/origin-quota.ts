import { BASE_UNIT_SYMBOL, measureOf, roundVolume } from '#shared-kernel';
import { genusOf, isGenusOnly, nameKey } from '../guide.names.js';
import { type CheckResult, result } from './check-result.js';
import { observedLoad } from './load-matching.js';
import { base, unitField } from './measures.js';
import type { GuidedScan } from './scan-context.js';
import type { SpeciesQuota } from './scan-facts.js';

/**
 * Check 7, for a permit origin: every species on the truck is in the plan, and what the plan's other guides moved
 * plus this load stays within what it authorises (moving more than authorised), in the base unit of the quota's
 * measure (m³, or kg for a product traded by weight). A load recorded in another measure than its quota cannot be
 * counted against it: a warning, as the species is in the plan.
 */
export function checkOriginQuota({ scan, guide }: GuidedScan): CheckResult[] {
  const { origin } = guide;
  if (origin.kind !== 'permit') return [];
  return observedLoad(scan.observedLines).map((load) => {
    const { name, measure } = load;
    const unit = BASE_UNIT_SYMBOL[measure];
    const thisLoad = { [unitField('thisLoad', measure)]: load.amount };
    const ofSpecies = quotasOf(origin.quotas, name);
    if (ofSpecies.length === 0) return result('ORIGIN_QUOTA', 'failure', { species: name, inPlan: true }, { species: name, inPlan: false, ...thisLoad }, `${name} is not in the harvest plan of origin`);
    const quotas = ofSpecies.filter((quota) => measureOf(quota.authorised.unit) === measure);
    if (quotas.length === 0) {
      const planUnit = BASE_UNIT_SYMBOL[measureOf(ofSpecies[0]!.authorised.unit)];
      const expected = { species: name, inPlan: true, unit: planUnit };
      return result('ORIGIN_QUOTA', 'warning', expected, { species: name, ...thisLoad }, `${name}: ${load.amount} ${unit} on the truck cannot be counted against the plan's quota in ${planUnit}`);
    }
    const authorised = roundVolume(quotas.reduce((sum, quota) => sum + base(quota.authorised), 0));
    const moved = roundVolume(quotas.reduce((sum, quota) => sum + base(quota.movedByOtherGuides), 0));
    const total = roundVolume(moved + load.amount);
    const expected = { species: name, [unitField('authorised', measure)]: authorised };
    const observed = { species: name, [unitField('movedByOtherGuides', measure)]: moved, ...thisLoad, [unitField('total', measure)]: total };
    if (total > authorised) {
      return result('ORIGIN_QUOTA', 'failure', expected, observed, `${name}: ${total} ${unit} moved with this load, ${authorised} ${unit} authorised: ${roundVolume(total - authorised)} ${unit} beyond the plan`);
    }
    return result('ORIGIN_QUOTA', 'pass', expected, observed, `${name}: within the plan, ${roundVolume(authorised - total)} ${unit} left`);
  });
}

/** The quota of the species; for timber seen only at genus level, those of every species of the genus in the plan, together. */
function quotasOf(quotas: readonly SpeciesQuota[], name: string): SpeciesQuota[] {
  const key = nameKey(name);
  return quotas.filter((quota) => nameKey(quota.species) === key || (isGenusOnly(name) && genusOf(quota.species) === key));
}
