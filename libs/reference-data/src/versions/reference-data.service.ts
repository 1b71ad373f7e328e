import { Injectable } from '@nestjs/common';
import type { Catalogue } from '../domain/catalogue.js';
import { type CertifiedIdentifierEntry, findCertifiedIdentifier } from '../domain/certified-identifier-entry.js';
import { type CheckpointEntry, findCheckpoint } from '../domain/checkpoint-entry.js';
import { type DensityEntry, findDensity } from '../domain/density-entry.js';
import { type HolidayEntry, holidaysBetween } from '../domain/holiday-entry.js';
import { findInfraction, type InfractionEntry, infractionForRule } from '../domain/infraction-entry.js';
import { findSpecies, genusLevelAllowed, type SpeciesEntry } from '../domain/species-entry.js';
import { findSpeciesValue, type SpeciesValueEntry } from '../domain/species-value-entry.js';
import { findUit, type UitEntry } from '../domain/uit-entry.js';
import { type ConversionBasis, fromCubicMetres, toCubicMetres } from '../domain/volume-conversion.js';
import { applicableYield, type Product, type YieldCoefficientEntry } from '../domain/yield-coefficient-entry.js';
import type { ConversionOptions, PublishedReferenceVersion, ReferenceData } from '../integration/reference-data.js';
import { NoVersionInForce } from './no-version-in-force.js';
import { ReferenceVersions } from './reference-versions.js';

/** The `ReferenceData` port: each lookup picks the catalogue version in force, then asks the domain. */
@Injectable()
export class ReferenceDataService implements ReferenceData {
  constructor(private readonly versions: ReferenceVersions) {}

  versionAt<C extends Catalogue>(catalogue: C, at: Date): Promise<PublishedReferenceVersion<C> | undefined> {
    return this.versions.inForce(catalogue, at);
  }

  async speciesAt(at: Date): Promise<readonly SpeciesEntry[]> {
    return this.entriesAt('species', at);
  }

  async species(scientificName: string, at: Date): Promise<SpeciesEntry | undefined> {
    return findSpecies(await this.entriesAt('species', at), scientificName);
  }

  async genusLevelAllowed(genus: string, at: Date): Promise<boolean> {
    return genusLevelAllowed(await this.entriesAt('species', at), genus);
  }

  async density(scientificName: string, at: Date): Promise<DensityEntry | undefined> {
    return findDensity(await this.entriesAt('densities', at), scientificName);
  }

  async yieldCoefficient(species: string, input: Product, output: Product, at: Date): Promise<YieldCoefficientEntry | undefined> {
    return applicableYield(await this.entriesAt('yield-coefficients', at), species, input, output);
  }

  async checkpoint(code: string, at: Date): Promise<CheckpointEntry | undefined> {
    return findCheckpoint(await this.entriesAt('checkpoints', at), code);
  }

  async uitFor(year: number, at: Date = new Date()): Promise<UitEntry | undefined> {
    return findUit(await this.entriesAt('uit', at), year);
  }

  async toCubicMetres(quantity: number, unit: string, options: ConversionOptions): Promise<number> {
    return toCubicMetres(quantity, unit, await this.conversionBasis(options));
  }

  async fromCubicMetres(cubicMetres: number, unit: string, options: ConversionOptions): Promise<number> {
    return fromCubicMetres(cubicMetres, unit, await this.conversionBasis(options));
  }

  async infractionForRule(ruleCode: string, at: Date): Promise<InfractionEntry | undefined> {
    return infractionForRule(await this.entriesAt('infractions', at), ruleCode);
  }

  async infraction(code: string, at: Date): Promise<InfractionEntry | undefined> {
    return findInfraction(await this.entriesAt('infractions', at), code);
  }

  async holidaysBetween(from: string, to: string): Promise<readonly HolidayEntry[]> {
    const now = new Date();
    const calendar = await this.versions.inForce('holidays', now);
    // Without a calendar every day would count as a business day: a missing catalogue must show.
    if (!calendar) throw new NoVersionInForce('holidays', now);
    return holidaysBetween(calendar.entries, from, to);
  }

  async speciesValue(scientificName: string, at: Date): Promise<SpeciesValueEntry | undefined> {
    return findSpeciesValue(await this.entriesAt('species-values', at), scientificName);
  }

  async certifiedIdentifier(certificateNumber: string, at: Date): Promise<CertifiedIdentifierEntry | undefined> {
    return findCertifiedIdentifier(await this.entriesAt('certified-identifiers', at), certificateNumber);
  }

  private async conversionBasis({ at, species }: ConversionOptions): Promise<ConversionBasis> {
    const units = await this.versions.inForce('units', at);
    // Without units there is no conversion at all, not even m³ to m³: a missing catalogue must show.
    if (!units) throw new NoVersionInForce('units', at);
    return { units: units.entries, species, density: species === undefined ? undefined : await this.density(species, at) };
  }

  private async entriesAt<C extends Catalogue>(catalogue: C, at: Date): Promise<PublishedReferenceVersion<C>['entries']> {
    return (await this.versions.inForce(catalogue, at))?.entries ?? [];
  }
}
