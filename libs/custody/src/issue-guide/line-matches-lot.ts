import { DomainError, roundVolume, toCubicMetres } from '#shared-kernel';
import type { GuideLine } from '../domain/guide.js';
import { genusOf, isGenusOnly, nameKey } from '../domain/guide.names.js';
import { sameSpecies } from '../domain/lot.js';
import type { Lot } from '../domain/lot.state.js';

/** A guide is a sworn statement about its lots: a line may not name another species or product, or more than the lot holds. */
export class GuideLineMismatch extends DomainError {
  constructor(index: number, lot: Lot, field: 'scientificName' | 'productType' | 'volume', declared: string | number, held: string | number) {
    super('conflict', 'guide_line_mismatch', `lines.${index}.${field}: lot ${lot.lotId} holds ${String(held)}, the line declares ${String(declared)}`, {
      path: `lines.${index}.${field}`,
      lotId: lot.lotId,
      declared,
      held,
    });
  }
}

/** The lot's species, or its genus alone (genus-level declarations are judged at the checkpoint); its product; at most its m³. */
export function assertLineMatchesLot(line: GuideLine, index: number, lot: Lot): void {
  const name = line.scientificName;
  const speciesOk = sameSpecies(name, lot.species) || (isGenusOnly(name) && genusOf(lot.species) === nameKey(name));
  if (!speciesOk) throw new GuideLineMismatch(index, lot, 'scientificName', name, lot.species);
  if (line.productType !== lot.productType) throw new GuideLineMismatch(index, lot, 'productType', line.productType, lot.productType);
  const declaredM3 = roundVolume(toCubicMetres(line.volume));
  if (declaredM3 > lot.remaining) throw new GuideLineMismatch(index, lot, 'volume', declaredM3, lot.remaining);
}
