import { type Measure, measureOf, type Quantity, roundVolume } from '#shared-kernel';
import type { IssuedGuide } from '../guide.js';
import { genusOf, isGenusOnly, nameKey, tidyName } from '../guide.names.js';
import { base } from './measures.js';
import type { ObservedLine } from './scan-context.js';
import type { SpeciesFacts } from './scan-facts.js';

/** Pieces and amount of one name in one measure, lines of that name and measure summed: amounts of different measures are never added. */
export interface SpeciesLoad {
  readonly name: string;
  readonly measure: Measure;
  readonly pieces: number;
  /** In the measure's base unit: m³, or kg. */
  readonly amount: number;
}

/** A declared name with what the truck carries under it: the same species, or species of a genus declared at genus level. */
export interface DeclaredCover {
  readonly declared: SpeciesLoad;
  readonly carried: readonly SpeciesLoad[];
  readonly byGenus: boolean;
}

export interface LoadMatch {
  readonly covers: readonly DeclaredCover[];
  /** Carried under no declared name. */
  readonly undeclared: readonly SpeciesLoad[];
}

export function declaredLoad(guide: IssuedGuide): SpeciesLoad[] {
  return speciesLoads(guide.lines.map((line) => ({ name: line.scientificName, pieces: line.pieces, volume: line.volume })));
}

export function observedLoad(lines: readonly ObservedLine[]): SpeciesLoad[] {
  return speciesLoads(lines.map((line) => ({ name: line.scientificName, pieces: line.pieces, volume: line.volume })));
}

/**
 * Each carried species goes under its own declared name, else under its declared genus where that genus may travel at
 * genus level; under the declaration in its own measure where the name is declared in both.
 */
export function matchLoad(guide: IssuedGuide, lines: readonly ObservedLine[], species: readonly SpeciesFacts[]): LoadMatch {
  const declared = declaredLoad(guide);
  const sameName = (carried: SpeciesLoad) => declared.filter((name) => nameKey(name.name) === nameKey(carried.name));
  const sameGenus = (carried: SpeciesLoad) => declared.filter((name) => isGenusOnly(name.name) && nameKey(name.name) === genusOf(carried.name) && genusLevelAllowed(species, name.name));
  const ofItsMeasure = (candidates: SpeciesLoad[], carried: SpeciesLoad) => candidates.find((name) => name.measure === carried.measure) ?? candidates[0];
  const coverOf = (carried: SpeciesLoad): SpeciesLoad | undefined => ofItsMeasure(sameName(carried), carried) ?? ofItsMeasure(sameGenus(carried), carried);
  const carried = observedLoad(lines).map((load) => ({ load, cover: coverOf(load) }));
  return {
    covers: declared.map((name) => ({
      declared: name,
      carried: carried.filter(({ cover }) => cover === name).map(({ load }) => load),
      byGenus: isGenusOnly(name.name),
    })),
    undeclared: carried.filter(({ cover }) => cover === undefined).map(({ load }) => load),
  };
}

/** The flag belongs to a genus: any name of the genus carrying it in the catalogue allows it. */
export function genusLevelAllowed(species: readonly SpeciesFacts[], genus: string): boolean {
  return species.some((entry) => entry.genusLevelAllowed && genusOf(entry.name) === genusOf(genus));
}

export function speciesFacts(species: readonly SpeciesFacts[], name: string): SpeciesFacts | undefined {
  return species.find((entry) => nameKey(entry.name) === nameKey(name));
}

/** The amount of the loads in `measure`, in its base unit; loads in another measure are not added. */
export function totalIn(loads: readonly SpeciesLoad[], measure: Measure): number {
  return roundVolume(loads.filter((load) => load.measure === measure).reduce((sum, load) => sum + load.amount, 0));
}

export function totalPieces(loads: readonly SpeciesLoad[]): number {
  return loads.reduce((sum, load) => sum + load.pieces, 0);
}

function speciesLoads(lines: readonly { readonly name: string; readonly pieces: number; readonly volume: Quantity }[]): SpeciesLoad[] {
  const byName = new Map<string, SpeciesLoad>();
  for (const line of lines) {
    const measure = measureOf(line.volume.unit);
    const key = `${nameKey(line.name)}|${measure}`;
    const sum = byName.get(key);
    const name = sum?.name ?? tidyName(line.name);
    byName.set(key, { name, measure, pieces: (sum?.pieces ?? 0) + line.pieces, amount: roundVolume((sum?.amount ?? 0) + base(line.volume)) });
  }
  return [...byName.values()];
}
