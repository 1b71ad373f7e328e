import { exact, type Exact, parseDecimal, written } from '../domain/fine/exact.js';
import type { InfractionCase } from '../domain/case.state.js';

/** Timber a fine concerns by default: what checkpoints seized under the case. */
export interface SeizedTimber {
  readonly species: string;
  /** Absent when the lots were weighed (a product traded by weight): kg are never read as m³. */
  readonly volumeM3?: string;
}

/**
 * The lots seized under the case, each once, when they are all of one species, with their m³ when every volume reads
 * as a plain decimal: the undeclared timber the conduct is about. Otherwise none, and the officer names species and volume.
 */
export function seizedTimberOf(found: InfractionCase): SeizedTimber | undefined {
  const seized = new Map(found.sources.flatMap((source) => (source.kind === 'scan' ? (source.load?.seized ?? []) : [])).map((lot) => [lot.lotId, lot]));
  const lots = [...seized.values()];
  const species = new Set(lots.map((lot) => lot.species));
  if (species.size !== 1) return undefined;
  if (lots.some((lot) => 'kg' in lot)) return { species: lots[0]!.species };
  const volumes = lots.map((lot) => ('m3' in lot ? parseDecimal(lot.m3) : undefined)).filter((volume): volume is Exact => volume !== undefined);
  if (volumes.length < lots.length) return undefined;
  return { species: lots[0]!.species, volumeM3: written(volumes.reduce((sum, volume) => sum.plus(volume), exact('0')), 0) };
}
