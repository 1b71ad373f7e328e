import { roundVolume, type Volume } from '#shared-kernel';
import type { IssuedGuide } from '../guide.js';
import { genusOf, isGenusOnly, nameKey, tidyName } from '../guide.names.js';
import { m3 } from './measures.js';
import type { ObservedLine } from './scan-context.js';
import type { SpeciesFacts } from './scan-facts.js';

/** Pieces and m³ of one name, lines of that name summed. */
export interface SpeciesLoad {
  readonly name: string;
  readonly pieces: number;
  readonly m3: number;
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

/** Each carried species goes under its own declared name, else under its declared genus where that genus may travel at genus level. */
export function matchLoad(guide: IssuedGuide, lines: readonly ObservedLine[], species: readonly SpeciesFacts[]): LoadMatch {
  const declared = declaredLoad(guide);
  const coverOf = (carried: SpeciesLoad): SpeciesLoad | undefined =>
    declared.find((name) => nameKey(name.name) === nameKey(carried.name)) ??
    declared.find((name) => isGenusOnly(name.name) && nameKey(name.name) === genusOf(carried.name) && genusLevelAllowed(species, name.name));
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

export function totalM3(loads: readonly SpeciesLoad[]): number {
  return roundVolume(loads.reduce((sum, load) => sum + load.m3, 0));
}

export function totalPieces(loads: readonly SpeciesLoad[]): number {
  return loads.reduce((sum, load) => sum + load.pieces, 0);
}

function speciesLoads(lines: readonly { readonly name: string; readonly pieces: number; readonly volume: Volume }[]): SpeciesLoad[] {
  const byName = new Map<string, SpeciesLoad>();
  for (const line of lines) {
    const key = nameKey(line.name);
    const sum = byName.get(key);
    const name = sum?.name ?? tidyName(line.name);
    byName.set(key, { name, pieces: (sum?.pieces ?? 0) + line.pieces, m3: roundVolume((sum?.m3 ?? 0) + m3(line.volume)) });
  }
  return [...byName.values()];
}
