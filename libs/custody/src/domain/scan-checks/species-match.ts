import { BASE_UNIT_SYMBOL } from '#shared-kernel';
import { type CheckResult, result } from './check-result.js';
import { matchLoad, type SpeciesLoad, speciesFacts } from './load-matching.js';
import { inUnit } from './measures.js';
import type { GuidedScan } from './scan-context.js';
import type { SpeciesFacts } from './scan-facts.js';

/**
 * Check 6: the truck carries the species the guide declares. Anything carried under no declared name is
 * undeclared timber (a cheap species declared, cedro or caoba carried), and threatened or CITES-listed
 * undeclared species are named as such; a declared species not carried leaves paper volume behind.
 */
export function checkSpeciesMatch({ scan, facts, guide }: GuidedScan): CheckResult[] {
  const { covers, undeclared } = matchLoad(guide.issued, scan.observedLines, facts.species);
  const declared = covers.map((cover) => cover.declared.name);
  const carried = covers.flatMap((cover) => cover.carried.map((load) => load.name));
  const notCarried = covers.filter((cover) => cover.carried.length === 0).map((cover) => cover.declared.name);
  const observed = {
    carried: [...carried, ...undeclared.map((load) => load.name)],
    undeclared: undeclared.map((load) => undeclaredEvidence(load, speciesFacts(facts.species, load.name))),
    notCarried,
  };
  if (undeclared.length > 0) {
    return [result('SPECIES_MATCH', 'failure', declared, observed, `Carried but not declared on the guide: ${undeclared.map((load) => describe(load, facts.species)).join(', ')}`)];
  }
  if (notCarried.length > 0) {
    return [result('SPECIES_MATCH', 'warning', declared, observed, `Declared but not on the truck: ${notCarried.join(', ')}; the guide covers timber it does not carry`)];
  }
  return [result('SPECIES_MATCH', 'pass', declared, observed, 'The species on the truck are the ones declared')];
}

function undeclaredEvidence(load: SpeciesLoad, facts: SpeciesFacts | undefined) {
  return { species: load.name, pieces: load.pieces, ...inUnit(load.measure, load.amount), threatCategory: facts?.threatCategory ?? null, citesAppendix: facts?.citesAppendix ?? null };
}

function describe(load: SpeciesLoad, species: readonly SpeciesFacts[]): string {
  const facts = speciesFacts(species, load.name);
  const flags = [
    ...(facts?.threatCategory ? [`threatened: ${facts.threatCategory}`] : []),
    ...(facts?.citesAppendix ? [`CITES appendix ${facts.citesAppendix}`] : []),
  ];
  return `${load.name} (${load.amount} ${BASE_UNIT_SYMBOL[load.measure]}${flags.map((flag) => `, ${flag}`).join('')})`;
}
