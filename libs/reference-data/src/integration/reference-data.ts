import type { Actor } from '#shared-kernel';
import type { Catalogue } from '../domain/catalogue.js';
import type { CertifiedIdentifierEntry } from '../domain/certified-identifier-entry.js';
import type { CheckpointEntry } from '../domain/checkpoint-entry.js';
import type { DensityEntry } from '../domain/density-entry.js';
import type { HolidayEntry } from '../domain/holiday-entry.js';
import type { InfractionEntry } from '../domain/infraction-entry.js';
import type { ReferenceVersionOf } from '../domain/reference-version.js';
import type { SpeciesEntry } from '../domain/species-entry.js';
import type { SpeciesValueEntry } from '../domain/species-value-entry.js';
import type { UitEntry } from '../domain/uit-entry.js';
import type { Product, YieldCoefficientEntry } from '../domain/yield-coefficient-entry.js';

/** Injection token of the process's `ReferenceData`: `@Inject(REFERENCE_DATA) reference: ReferenceData`. */
export const REFERENCE_DATA = Symbol('ReferenceData');

/** A version as published: its content, and who published it when. */
export type PublishedReferenceVersion<C extends Catalogue = Catalogue> = ReferenceVersionOf<C> & {
  readonly publishedAt: string;
  readonly publishedBy: Actor;
};

/**
 * Reference data as other contexts read it. A fact is judged against the version in force when it
 * happened: every lookup takes that instant, and answers from the catalogue version whose effective
 * date is the latest not after it (nothing, before a catalogue's first version).
 */
export interface ReferenceData {
  versionAt<C extends Catalogue>(catalogue: C, at: Date): Promise<PublishedReferenceVersion<C> | undefined>;
  speciesAt(at: Date): Promise<readonly SpeciesEntry[]>;
  /** By scientific name, ignoring case and spacing. */
  species(scientificName: string, at: Date): Promise<SpeciesEntry | undefined>;
  /** Whether timber may be declared by this genus alone (`Virola`). */
  genusLevelAllowed(genus: string, at: Date): Promise<boolean>;
  density(scientificName: string, at: Date): Promise<DensityEntry | undefined>;
  /** The species' own coefficient, else its genus's, else the one for every species. */
  yieldCoefficient(species: string, input: Product, output: Product, at: Date): Promise<YieldCoefficientEntry | undefined>;
  checkpoint(code: string, at: Date): Promise<CheckpointEntry | undefined>;
  /** The UIT of `year` as the UIT catalogue in force at `at` (default: now) gives it. */
  uitFor(year: number, at?: Date): Promise<UitEntry | undefined>;
  /** m³ in a quantity; a mass needs the species, for its green density. Throws a 400 DomainError when it cannot convert. */
  toCubicMetres(quantity: number, unit: string, options: ConversionOptions): Promise<number>;
  /** The inverse: how much of `unit` holds `cubicMetres`. */
  fromCubicMetres(cubicMetres: number, unit: string, options: ConversionOptions): Promise<number>;
  /** The conduct a finding (`CORRIDOR`, `guide_number_reused`) is charged as. */
  infractionForRule(ruleCode: string, at: Date): Promise<InfractionEntry | undefined>;
  infraction(code: string, at: Date): Promise<InfractionEntry | undefined>;
  /**
   * The national holidays from `from` to `to` (`YYYY-MM-DD`, both included), in calendar order, as the calendar
   * in force now has them: a calendar, not judged at a fact's date. Throws a DomainError for a date it cannot
   * read (400), a year the calendar does not hold (404) and no calendar in force (404).
   */
  holidaysBetween(from: string, to: string): Promise<readonly HolidayEntry[]>;
  /** The value per m³ in natural state, by scientific name ignoring case and spacing. */
  speciesValue(scientificName: string, at: Date): Promise<SpeciesValueEntry | undefined>;
  /**
   * The register's entry of a certified species identifier, as the register in force at `at` has it, whether or not
   * the certificate was valid then (its `validFrom`/`validUntil` say); case and surrounding spaces ignored.
   */
  certifiedIdentifier(certificateNumber: string, at: Date): Promise<CertifiedIdentifierEntry | undefined>;
}

export interface ConversionOptions {
  readonly at: Date;
  readonly species?: string;
}
