export * from './reference-data.js';
export { CATALOGUES, type Catalogue } from '../domain/catalogue.js';
export type { ReferenceVersionOf } from '../domain/reference-version.js';
export type { EntryAnnotations, EntryStatus } from '../domain/entry-annotations.js';
export { CITES_APPENDICES, THREAT_CATEGORIES, measureOfSpecies, type SpeciesEntry, type ThreatCategory, type CitesAppendix } from '../domain/species-entry.js';
export type { DensityEntry } from '../domain/density-entry.js';
export { PRODUCTS, EVERY_SPECIES, type Product, type YieldCoefficientEntry } from '../domain/yield-coefficient-entry.js';
export type { CheckpointEntry } from '../domain/checkpoint-entry.js';
export { SCAN_RULES, type ScanRule, type ScanRuleEntry } from '../domain/scan-rule-entry.js';
export { RULE_OUTCOMES, checkOutcomes, type RuleOutcome } from '../domain/scan-check-outcomes.js';
export { ROAD_MODES, type RoadEntry, type RoadMode, type RoadPlace } from '../domain/road-entry.js';
export type { UitEntry } from '../domain/uit-entry.js';
export type { UnitEntry, UnitKind } from '../domain/unit-entry.js';
export {
  COMPLEMENTARY_MEASURES,
  INFRACTION_CLASSES,
  type ComplementaryMeasure,
  type InfractionClass,
  type InfractionEntry,
  type UitRange,
} from '../domain/infraction-entry.js';
export type { HolidayEntry } from '../domain/holiday-entry.js';
export type { SpeciesValueEntry } from '../domain/species-value-entry.js';
export type { CertifiedIdentifierEntry } from '../domain/certified-identifier-entry.js';
export { HolidayCalendarNotCovered, InvalidCalendarDate } from '../domain/calendar.errors.js';
export { DensityUnknown, InvalidQuantity, UnknownUnit } from '../domain/conversion.errors.js';
export { NoVersionInForce } from '../versions/no-version-in-force.js';
