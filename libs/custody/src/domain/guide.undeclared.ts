import { roundVolume, uuidFromName } from '#shared-kernel';
import type { ShipmentScanned } from './guide.events.js';
import { nameKey } from './guide.names.js';
import type { SeizureBasis } from './lot.js';
import type { CheckResult, CheckValue } from './scan-checks/check-result.js';
import { observedLoad } from './scan-checks/load-matching.js';


/** Timber a scan found beyond what the guide covers, as observed: it becomes a lot of unproven origin. */
export interface UndeclaredTimber {
  readonly species: string;
  readonly pieces: number;
  /** m³. */
  readonly m3: number;
  readonly basis: SeizureBasis;
}

type Load = { readonly species?: string; readonly m3?: number; readonly pieces?: number };

/**
 * Exactly the part of a held load the guide does not cover, read from the checks that held it, so what is seized is
 * what the verdict found: an undeclared species whole, the m³ or pieces beyond a declared one (pieces' volume at the
 * load's average per piece when only the count is over), the whole load of a number never issued.
 */
export function undeclaredTimber({ verdict, results, observedLines }: ShipmentScanned['data']): UndeclaredTimber[] {
  if (verdict.decision !== 'immobilise') return [];
  if (!results.some((result) => result.rule === 'SPECIES_MATCH')) {
    return observedLoad(observedLines).map(({ name, pieces, m3 }) => ({ species: name, pieces, m3, basis: 'no_guide' }));
  }
  const failed = (rule: string) => results.filter((result) => result.rule === rule && result.outcome === 'failure');
  const ofSpecies = (rule: string, species: string) => results.find((result) => result.rule === rule && (result.expected as Load).species === species);
  const species = failed('SPECIES_MATCH').flatMap((result) => ((result.observed as { undeclared?: Load[] }).undeclared ?? []).map((load) => part(load.species!, load.pieces!, load.m3!, 'species_not_declared')));
  const volume = failed('VOLUME_MATCH').map((result) => {
    const name = (result.expected as Load).species!;
    const pieces = failed('PIECES_MATCH').find((other) => (other.expected as Load).species === name);
    return part(name, pieces ? excess(pieces, 'pieces') : 0, excess(result, 'm3'), 'volume_beyond_declared');
  });
  const pieces = failed('PIECES_MATCH')
    .filter((result) => !failed('VOLUME_MATCH').some((other) => (other.expected as Load).species === (result.expected as Load).species))
    .map((result) => {
      const name = (result.expected as Load).species!;
      const extra = excess(result, 'pieces');
      const carried = (ofSpecies('VOLUME_MATCH', name)?.observed as Load | undefined)?.m3 ?? 0;
      return part(name, extra, roundVolume((carried * extra) / (result.observed as Load).pieces!), 'pieces_beyond_declared');
    });
  return [...species, ...volume, ...pieces].filter((timber) => timber.m3 > 0 || timber.pieces > 0);
}

/** A seized lot's id: from its case, the scan and the species, so carrying the scan again seizes nothing new. */
export function seizedLotId(caseId: string, scanId: string, species: string): string {
  return `LOT-${uuidFromName(`seized/${caseId}/${scanId}/${nameKey(species)}`)}`;
}

function excess(result: CheckResult, measure: 'm3' | 'pieces'): number {
  const difference = value(result.observed, measure) - value(result.expected, measure);
  return measure === 'm3' ? roundVolume(difference) : difference;
}

function value(load: CheckValue, measure: 'm3' | 'pieces'): number {
  return (load as Load)[measure] ?? 0;
}

function part(species: string, pieces: number, m3: number, basis: SeizureBasis): UndeclaredTimber {
  return { species, pieces, m3, basis };
}
