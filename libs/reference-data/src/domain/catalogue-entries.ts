import type { Catalogue } from './catalogue.js';
import { type CertifiedIdentifierEntry, certifiedIdentifierFindings } from './certified-identifier-entry.js';
import { type CheckpointEntry, checkpointFindings } from './checkpoint-entry.js';
import { type DensityEntry, densityFindings } from './density-entry.js';
import { annotationFindings } from './entry-annotations.js';
import type { Finding } from './entry-findings.js';
import { type HolidayEntry, holidayFindings } from './holiday-entry.js';
import { type InfractionEntry, infractionFindings } from './infraction-entry.js';
import { type RoadEntry, roadFindings } from './road-entry.js';
import { type ScanRuleEntry, scanRuleFindings } from './scan-rule-entry.js';
import { type SpeciesEntry, speciesFindings } from './species-entry.js';
import { type SpeciesValueEntry, speciesValueFindings } from './species-value-entry.js';
import { type UitEntry, uitFindings } from './uit-entry.js';
import { type UnitEntry, unitFindings } from './unit-entry.js';
import { type YieldCoefficientEntry, yieldCoefficientFindings } from './yield-coefficient-entry.js';

/** The shape of one entry of each catalogue. */
export interface CatalogueEntries {
  readonly species: SpeciesEntry;
  readonly densities: DensityEntry;
  readonly 'yield-coefficients': YieldCoefficientEntry;
  readonly checkpoints: CheckpointEntry;
  readonly uit: UitEntry;
  readonly units: UnitEntry;
  readonly infractions: InfractionEntry;
  readonly holidays: HolidayEntry;
  readonly 'species-values': SpeciesValueEntry;
  readonly 'certified-identifiers': CertifiedIdentifierEntry;
  readonly roads: RoadEntry;
  readonly 'scan-rules': ScanRuleEntry;
}

type EntryChecks = { readonly [C in Catalogue]: (entries: readonly CatalogueEntries[C][]) => Finding[] };

const ENTRY_CHECKS: EntryChecks = {
  species: speciesFindings,
  densities: densityFindings,
  'yield-coefficients': yieldCoefficientFindings,
  checkpoints: checkpointFindings,
  uit: uitFindings,
  units: unitFindings,
  infractions: infractionFindings,
  holidays: holidayFindings,
  'species-values': speciesValueFindings,
  'certified-identifiers': certifiedIdentifierFindings,
  roads: roadFindings,
  'scan-rules': scanRuleFindings,
};

export function entryFindings<C extends Catalogue>(catalogue: C, entries: readonly CatalogueEntries[C][]): Finding[] {
  if (entries.length === 0) return [{ path: 'entries', message: 'entries must hold at least one entry' }];
  return [...ENTRY_CHECKS[catalogue](entries), ...annotationFindings(entries)];
}
