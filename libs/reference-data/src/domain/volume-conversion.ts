import { DensityUnknown, InvalidQuantity, UnknownUnit } from './conversion.errors.js';
import type { DensityEntry } from './density-entry.js';
import { findUnit, type UnitEntry } from './unit-entry.js';

/** What a conversion needs besides the quantity: the units in force and, for a weight, the species' density. */
export interface ConversionBasis {
  readonly units: readonly UnitEntry[];
  readonly species?: string;
  readonly density?: DensityEntry;
}

/** m³ in `value` of `unit`: volume units by their factor, mass units through the species' green density. */
export function toCubicMetres(value: number, unit: string, basis: ConversionBasis): number {
  if (!Number.isFinite(value) || value < 0) throw new InvalidQuantity(value);
  const entry = unitEntry(unit, basis.units);
  if (entry.kind === 'volume') return value * entry.factor;
  return (value * entry.factor) / greenDensity(unit, basis);
}

/** The inverse: how much of `unit` holds `cubicMetres`. */
export function fromCubicMetres(cubicMetres: number, unit: string, basis: ConversionBasis): number {
  if (!Number.isFinite(cubicMetres) || cubicMetres < 0) throw new InvalidQuantity(cubicMetres);
  const entry = unitEntry(unit, basis.units);
  if (entry.kind === 'volume') return cubicMetres / entry.factor;
  return (cubicMetres * greenDensity(unit, basis)) / entry.factor;
}

function unitEntry(unit: string, units: readonly UnitEntry[]): UnitEntry {
  const entry = findUnit(units, unit);
  if (!entry) throw new UnknownUnit(unit, units.map((u) => u.unit));
  return entry;
}

function greenDensity(unit: string, { species, density }: ConversionBasis): number {
  if (!density) throw new DensityUnknown(unit, species);
  return density.greenKgPerM3;
}
