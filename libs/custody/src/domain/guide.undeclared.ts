import { cubicMetres, inBaseUnit, type Measure, measureOf, roundVolume, uuidFromName } from '#shared-kernel';
import type { GuideLine } from './guide.js';
import type { ShipmentScanned } from './guide.events.js';
import { genusOf, isGenusOnly, nameKey } from './guide.names.js';
import { piecesNotListed } from './guide.undeclared-pieces.js';
import type { SeizureBasis, TimberProductType } from './lot.js';
import type { UndeclaredTimber } from './undeclared-timber.js';
import type { CheckResult, CheckValue } from './scan-checks/check-result.js';
import { observedLoad } from './scan-checks/load-matching.js';

/** Undeclared timber as seized under the load's case: the lot it became. */
export type SeizedTimber = UndeclaredTimber & { readonly lotId: string };

/** A load as the checks' evidence names it: its amount under `m3`, or under `kg` for a weight. */
type Load = { readonly species?: string; readonly m3?: number; readonly kg?: number; readonly pieces?: number };
type Figure = 'm3' | 'kg' | 'pieces';

/**
 * Exactly the part of a held load the guide does not cover, read from the checks that held it, so what is seized is
 * what the verdict found: an undeclared species whole, the m³ (or kg) or pieces beyond a declared one (pieces' amount at
 * the load's average per piece when only the count is over), pieces checked by code and not listed as what they are,
 * the whole load of a number never issued.
 */
export function undeclaredTimber(scan: ShipmentScanned['data']): UndeclaredTimber[] {
  if (scan.verdict.decision !== 'immobilise') return [];
  const byCode = piecesNotListed(scan);
  return [...lessSeizedByCode(perSpecies(scan), byCode), ...byCode];
}

/** What a scan that held its load under its case seized, each part a lot. */
export function seizedTimber(scan: ShipmentScanned['data']): SeizedTimber[] {
  const { caseId, scanId } = scan;
  if (caseId === undefined) return [];
  return undeclaredTimber(scan).map((timber) => ({ lotId: seizedLotId(caseId, scanId, timber), ...timber }));
}

/**
 * What a seized part of the load is, as the guide it travelled under carried timber: its species' line, else the one
 * timber product every line carries; unknown (roundwood, the decider's default) when neither says, and always
 * `non_timber` for a weight.
 */
export function seizedProductType({ species, volume }: Pick<UndeclaredTimber, 'species' | 'volume'>, lines: readonly GuideLine[]): TimberProductType | undefined {
  if (measureOf(volume.unit) === 'weight') return undefined;
  const timber = lines.filter((line): line is GuideLine & { productType: TimberProductType } => line.productType !== 'non_timber');
  const line = timber.find((candidate) => nameKey(candidate.scientificName) === nameKey(species)) ?? timber.find((candidate) => isGenusOnly(candidate.scientificName) && nameKey(candidate.scientificName) === genusOf(species));
  if (line) return line.productType;
  const products = new Set(timber.map((candidate) => candidate.productType));
  return products.size === 1 ? [...products][0] : undefined;
}

/**
 * A seized lot's id: from its case, the scan, the species and, for a weight, its measure, so carrying the scan again seizes
 * nothing new; pieces seized by code are a lot apart from their species' excess found by the same scan.
 */
export function seizedLotId(caseId: string, scanId: string, { species, volume, basis }: Pick<UndeclaredTimber, 'species' | 'volume' | 'basis'>): string {
  const part = basis === 'pieces_not_listed' ? '/pieces' : measureOf(volume.unit) === 'weight' ? '/kg' : '';
  return `LOT-${uuidFromName(`seized/${caseId}/${scanId}/${nameKey(species)}${part}`)}`;
}

function perSpecies({ results, observedLines }: ShipmentScanned['data']): UndeclaredTimber[] {
  if (!results.some((result) => result.rule === 'SPECIES_MATCH')) {
    return observedLoad(observedLines).map(({ name, pieces, measure, amount }) => part(name, pieces, measure, amount, 'no_guide'));
  }
  const failed = (rule: string) => results.filter((result) => result.rule === rule && result.outcome === 'failure');
  const ofSpecies = (rule: string, species: string) => results.find((result) => result.rule === rule && (result.expected as Load).species === species);
  const species = failed('SPECIES_MATCH').flatMap((result) =>
    ((result.observed as { undeclared?: Load[] }).undeclared ?? []).map((load) => part(load.species!, load.pieces!, measureOfLoad(load), amountOf(load), 'species_not_declared')),
  );
  const volume = failed('VOLUME_MATCH').map((result) => {
    const name = (result.expected as Load).species!;
    const measure = measureOfLoad(result.expected as Load);
    const pieces = failed('PIECES_MATCH').find((other) => (other.expected as Load).species === name);
    return part(name, pieces ? excess(pieces, 'pieces') : 0, measure, excess(result, figureOf(measure)), 'volume_beyond_declared');
  });
  const pieces = failed('PIECES_MATCH')
    .filter((result) => !failed('VOLUME_MATCH').some((other) => (other.expected as Load).species === (result.expected as Load).species))
    .map((result) => {
      const name = (result.expected as Load).species!;
      const extra = excess(result, 'pieces');
      const amounts = ofSpecies('VOLUME_MATCH', name);
      const measure = amounts ? measureOfLoad(amounts.expected as Load) : 'volume';
      const carried = amounts ? value(amounts.observed, figureOf(measure)) : 0;
      return part(name, extra, measure, roundVolume((carried * extra) / (result.observed as Load).pieces!), 'pieces_beyond_declared');
    });
  return [...species, ...volume, ...pieces].filter((timber) => timber.volume.value > 0 || timber.pieces > 0);
}

/** A species' excess (under its name, else its declared genus) counted its pieces seized by code: only what they leave of it is seized again. */
function lessSeizedByCode(parts: readonly UndeclaredTimber[], byCode: readonly UndeclaredTimber[]): UndeclaredTimber[] {
  const timber = parts.filter((part) => measureOf(part.volume.unit) === 'volume');
  const countedUnder = (lot: UndeclaredTimber) =>
    timber.find((part) => nameKey(part.species) === nameKey(lot.species)) ?? timber.find((part) => isGenusOnly(part.species) && nameKey(part.species) === genusOf(lot.species));
  return parts.flatMap((part) => {
    const counted = byCode.filter((lot) => countedUnder(lot) === part);
    if (counted.length === 0) return [part];
    const left = roundVolume(part.volume.value - counted.reduce((sum, lot) => sum + lot.volume.value, 0));
    const pieces = Math.max(0, part.pieces - counted.reduce((sum, lot) => sum + lot.pieces, 0));
    return left > 0 ? [{ ...part, pieces, volume: cubicMetres(left) }] : [];
  });
}

function measureOfLoad(load: Load): Measure {
  return load.kg !== undefined ? 'weight' : 'volume';
}

function figureOf(measure: Measure): 'm3' | 'kg' {
  return measure === 'weight' ? 'kg' : 'm3';
}

function amountOf(load: Load): number {
  return load.kg ?? load.m3 ?? 0;
}

function excess(result: CheckResult, figure: Figure): number {
  const difference = value(result.observed, figure) - value(result.expected, figure);
  return figure === 'pieces' ? difference : roundVolume(difference);
}

function value(load: CheckValue, figure: Figure): number {
  return (load as Load)[figure] ?? 0;
}

function part(species: string, pieces: number, measure: Measure, amount: number, basis: SeizureBasis): UndeclaredTimber {
  return { species, pieces, volume: inBaseUnit(amount, measure), basis };
}
