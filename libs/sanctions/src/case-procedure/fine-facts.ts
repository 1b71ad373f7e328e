import { RequestValidationFailed } from '#http';
import { measureOfSpecies, type ReferenceData } from '#reference-data/integration';
import { DomainError, type Measure } from '#shared-kernel';
import type { CaseList } from '../case-list/case-list.port.js';
import { peruDateOf } from '../domain/calendar/peru-date.js';
import type { FineInput } from '../domain/fine/fine.input.js';

/** What a fine takes from reference data and the party's history, not from the officer. */
export type FineFacts = Pick<FineInput, 'factsOn' | 'valuePerM3Soles' | 'threatCategory' | 'citesAppendix' | 'priorFinalSanction' | 'uit'> & {
  /** `weight` for a non-timber product (tara pods): no value per m³ applies to it. */
  readonly tradedBy: Measure;
};

export interface FineFactsQuestion {
  /** The scientific name of the species concerned. */
  readonly species: string;
  /** The instant of the facts and its Peru date: the species is valued and classed as the catalogue in force then had it. */
  readonly factsAt: Date;
  readonly factsOn: string;
  /** When the resolution is issued, and its Peru date. */
  readonly resolvedAt: Date;
  readonly resolvedOn: string;
  readonly accusedTaxId: string;
}

/** The catalogue holds no UIT for the year a fine is converted at: it must be published before fines can be set. */
export class UitNotKnown extends DomainError {
  constructor(year: number) {
    super('not_found', 'uit_not_known', `The UIT catalogue in force has no UIT for ${year}: a fine resolved that year cannot be converted to UIT`, { year });
  }
}

/**
 * The species' value per m³ in natural state ("0" for a product traded by weight, which the value catalogue does not price), threat category and CITES appendix at the facts; the UIT of the year
 * the resolution is issued, the nearest known to the payment whose UIT the fine is paid at (domain.md); the party's
 * last final sanction before the facts, from this context's own cases.
 */
export async function fineFactsOf(reference: ReferenceData, cases: CaseList, question: FineFactsQuestion): Promise<FineFacts> {
  const { species, factsAt, factsOn, resolvedAt, resolvedOn, accusedTaxId } = question;
  const [entry, value, prior] = await Promise.all([reference.species(species, factsAt), reference.speciesValue(species, factsAt), cases.lastFinalSanction(accusedTaxId, factsOn)]);
  const refuse = (problem: string) => new RequestValidationFailed([{ path: 'fine.species', messages: [`${species} ${problem} in the catalogue in force on ${factsOn}, the date of the facts`] }]);
  if (!entry) throw refuse('is not a species');
  const tradedBy = measureOfSpecies(entry);
  if (tradedBy === 'volume' && !value) throw refuse('has no value per m³ in natural state');
  if (entry.threatCategory === 'confirm') throw refuse('has a threat category awaiting confirmation: no fine can be computed from it until it is confirmed');
  if (entry.citesAppendix === 'confirm') throw refuse('has a CITES listing awaiting confirmation: no fine can be computed from it until it is confirmed');
  const year = Number(resolvedOn.slice(0, 4));
  const uit = await reference.uitFor(year, resolvedAt);
  if (!uit) throw new UitNotKnown(year);
  return {
    factsOn,
    tradedBy,
    valuePerM3Soles: tradedBy === 'weight' ? '0' : value!.solesPerM3,
    threatCategory: entry.threatCategory ?? 'none',
    ...(entry.citesAppendix === null ? {} : { citesAppendix: entry.citesAppendix }),
    ...(prior ? { priorFinalSanction: prior } : {}),
    // The catalogue keeps the UIT as a JSON number: written as published, it reaches the fine as a decimal string.
    uit: { year, soles: String(uit.soles) },
  };
}

/** The UIT of the Peru year of an instant, as the catalogue in force then has it: what a fine paid then is converted at. */
export async function uitOf(reference: ReferenceData, instant: string): Promise<{ year: number; soles: string }> {
  const year = Number(peruDateOf(instant).slice(0, 4));
  const uit = await reference.uitFor(year, new Date(instant));
  if (!uit) throw new UitNotKnown(year);
  return { year, soles: String(uit.soles) };
}
