import { BASE_UNIT_SYMBOL, measureOf, roundVolume } from '#shared-kernel';
import { genusOf, isGenusOnly, nameKey } from '../guide.names.js';
import { isBefore } from '../guide.time.js';
import { type CheckResult, result } from './check-result.js';
import { observedLoad, speciesFacts } from './load-matching.js';
import { base, inUnit, unitField } from './measures.js';
import type { LoadScan } from './scan-context.js';
import type { CitesPermit } from './scan-facts.js';

/**
 * Check 8: every CITES-listed species on the truck travels with permits for it, valid at the observation
 * time and covering its volume (or weight, counted against permits in kg); timber seen only at genus level takes the genus' strictest listing and the
 * permits of its species. A listing still to be confirmed makes a missing permit a warning.
 */
export function checkCitesPermits({ scan, facts }: LoadScan): CheckResult[] {
  const listed = observedLoad(scan.observedLines).flatMap((load) => {
    const appendix = speciesFacts(facts.species, load.name)?.citesAppendix;
    return appendix ? [{ load, appendix }] : [];
  });
  if (listed.length === 0) return [result('CITES_PERMIT', 'pass', [], facts.citesPermits.map((permit) => permit.number), 'No CITES-listed species on the truck')];
  return listed.map(({ load, appendix }) => {
    const permits = facts.citesPermits.filter((permit) => covers(permit, load.name) && validAt(permit, scan.observedAt) && measureOf(permit.volume.unit) === load.measure);
    const permitted = roundVolume(permits.reduce((sum, permit) => sum + base(permit.volume), 0));
    const unit = BASE_UNIT_SYMBOL[load.measure];
    const expected = { species: load.name, appendix, ...inUnit(load.measure, load.amount) };
    const observed = { permits: permits.map((permit) => permit.number), [unitField('permitted', load.measure)]: permitted };
    if (permitted >= load.amount) return result('CITES_PERMIT', 'pass', expected, observed, `${load.name}: CITES permits cover the load`);
    const shortfall = `${load.name} (CITES appendix ${appendix}): ${load.amount} ${unit} on the truck, ${permitted} ${unit} covered by valid CITES permits`;
    if (appendix === 'confirm') return result('CITES_PERMIT', 'warning', expected, observed, `${shortfall}; the listing awaits confirmation`);
    return result('CITES_PERMIT', 'failure', expected, observed, shortfall);
  });
}

function covers(permit: CitesPermit, name: string): boolean {
  return nameKey(permit.scientificName) === nameKey(name) || (isGenusOnly(name) && genusOf(permit.scientificName) === nameKey(name));
}

function validAt(permit: CitesPermit, at: string): boolean {
  return !isBefore(at, permit.validFrom) && !isBefore(permit.validUntil, at);
}
