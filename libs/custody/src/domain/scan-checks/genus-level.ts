import { type CheckResult, result } from './check-result.js';
import { genusLevelAllowed, matchLoad } from './load-matching.js';
import type { GuidedScan } from './scan-context.js';

/**
 * Check 6: a line declared by genus alone. Allowed for a few genera, it is still recorded as a warning so
 * the loophole stays visible; for any other genus the species should have been declared.
 */
export function checkGenusLevel({ scan, facts, guide }: GuidedScan): CheckResult[] {
  const { covers } = matchLoad(guide.issued, scan.observedLines, facts.species);
  return covers
    .filter((cover) => cover.byGenus)
    .map(({ declared, carried }) => {
      const allowed = genusLevelAllowed(facts.species, declared.name);
      const expected = { genus: declared.name, allowedAtGenusLevel: allowed };
      const observed = carried.map((load) => load.name);
      if (!allowed) return result('GENUS_LEVEL', 'failure', expected, observed, `${declared.name} may not travel identified at genus level: its species must be declared`);
      return result('GENUS_LEVEL', 'warning', expected, observed, `Declared only as ${declared.name}${observed.length > 0 ? `, carried as ${observed.join(', ')}` : ''}: allowed at genus level`);
    });
}
