import { DomainError, requireMeasure, roundVolume } from '#shared-kernel';
import type { GuideLine } from '../domain/guide.js';
import { genusOf, isGenusOnly, nameKey } from '../domain/guide.names.js';
import { sameSpecies } from '../domain/lot.js';
import type { Lot } from '../domain/lot.state.js';
import { lotMeasure } from '../domain/lot.volume.js';
import { base } from '../domain/scan-checks/measures.js';

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

/**
 * The lot's species, or its genus alone (genus-level declarations are judged at the checkpoint); its product; its
 * measure (`measure_mismatch`, 400: kilograms of a timber lot, m³ of a non-timber one); at most what it holds.
 */
export function assertLineMatchesLot(line: GuideLine, index: number, lot: Lot): void {
  const name = line.scientificName;
  const speciesOk = sameSpecies(name, lot.species) || (isGenusOnly(name) && genusOf(lot.species) === nameKey(name));
  if (!speciesOk) throw new GuideLineMismatch(index, lot, 'scientificName', name, lot.species);
  if (line.productType !== lot.productType) throw new GuideLineMismatch(index, lot, 'productType', line.productType, lot.productType);
  requireMeasure(line.volume, lotMeasure(lot), `lines.${index}.volume`);
  const declared = roundVolume(base(line.volume));
  if (declared > lot.remaining) throw new GuideLineMismatch(index, lot, 'volume', declared, lot.remaining);
}
