import type { YieldCoefficientEntry } from '#reference-data/integration';
import { inBaseUnit, measureOf, roundVolume } from '#shared-kernel';
import type { ConsigneeKind } from '../../domain/guide.js';
import { nameKey } from '../../domain/guide.names.js';
import type { ProductType } from '../../domain/lot.js';
import type { DestinationFacts, PermitOriginFacts, ProcessorOriginFacts, SpeciesYieldFacts, UnconfirmedYieldCap } from '../../domain/scan-checks/scan-facts.js';
import type { FacilityKind, FacilityRegister, FacilityStanding, NotedTransformation, TransformedVolume } from '../origin-register/facility-register.js';
import { startMs, withinValidity } from '../origin-register/peru-time.js';
import type { PermitRegister, PermitStanding } from '../origin-register/permit-register.js';
import { movedKey } from '../plan-guides/plan-guides.projection.js';

// The registers as they stood at a scan's observation time: what took effect later does not count yet.

/** The standing in effect at `atMs`: the latest to take effect by then; of two taking effect together, the one noted last. */
function inEffect<S extends { readonly at: string }>(standings: readonly S[], atMs: number): S | undefined {
  let current: S | undefined;
  for (const standing of standings) {
    const from = startMs(standing.at);
    if (from <= atMs && (current === undefined || from >= startMs(current.at))) current = standing;
  }
  return current;
}

export function permitStandingAt(register: PermitRegister, observedAt: string): PermitStanding | undefined {
  return inEffect(register.standings, Date.parse(observedAt));
}

/** An unknown permit or plan is neither active nor valid, and authorises nothing; each quota counts what moved in its own measure. */
export function permitOriginFacts(register: PermitRegister, planId: string, observedAt: string, moved: ReadonlyMap<string, number>): PermitOriginFacts {
  const plan = register.plans.find((noted) => noted.planId === planId);
  return {
    kind: 'permit',
    permitActive: permitStandingAt(register, observedAt)?.status === 'active',
    planValid: plan !== undefined && withinValidity(Date.parse(observedAt), plan.validity.from, plan.validity.to),
    quotas: (plan?.species ?? []).map(({ species, authorised }) => {
      const measure = measureOf(authorised.unit);
      return { species, authorised, movedByOtherGuides: inBaseUnit(moved.get(movedKey(species, measure)) ?? 0, measure) };
    }),
  };
}

export function facilityStandingAt(register: FacilityRegister, observedAt: string): FacilityStanding | undefined {
  return inEffect(register.standings, Date.parse(observedAt));
}

/** Authorised when its standing then says so and the time lies within that standing's validity. */
function authorisedAt(standing: FacilityStanding | undefined, observedAt: string): boolean {
  return standing?.standing === 'authorised' && withinValidity(Date.parse(observedAt), standing.validity.from, standing.validity.until);
}

function transformedBy(register: FacilityRegister, observedAt: string): NotedTransformation[] {
  const at = Date.parse(observedAt);
  return register.transformations.filter((transformation) => startMs(transformation.at) <= at);
}

/** Forms of timber: the yield catalogue has coefficients between them, none for non-timber products. */
export type TimberProduct = Exclude<ProductType, 'non_timber'>;

function isTimber(productType: ProductType): productType is TimberProduct {
  return productType !== 'non_timber';
}

/** The products a processor made from inputs of another product, per species: what a yield coefficient exists for. */
export interface YieldPair {
  readonly species: string;
  readonly input: TimberProduct;
  readonly output: TimberProduct;
}

export const yieldPairKey = ({ species, input, output }: YieldPair) => `${nameKey(species)}|${input}|${output}`;

export function yieldPairs(register: FacilityRegister, observedAt: string): YieldPair[] {
  const pairs = new Map<string, YieldPair>();
  for (const { inputs, outputs } of transformedBy(register, observedAt)) {
    for (const output of outputs) {
      const outputType = output.productType;
      if (!isTimber(outputType)) continue;
      for (const input of inputs.filter((candidate) => nameKey(candidate.species) === nameKey(output.species) && candidate.productType !== outputType)) {
        if (!isTimber(input.productType)) continue;
        const pair = { species: output.species, input: input.productType, output: outputType };
        pairs.set(yieldPairKey(pair), pair);
      }
    }
  }
  return [...pairs.values()];
}

/** A species' maximum yield from one product to another, marked while the catalogue awaits its confirmation. */
export interface YieldCap {
  readonly maxYield: number;
  readonly unconfirmed?: true;
}

/** The catalogue's entry as a cap; undefined where the catalogue has none. */
export function yieldCapOf(entry: YieldCoefficientEntry | undefined): YieldCap | undefined {
  if (entry === undefined) return undefined;
  return { maxYield: entry.maxYield, ...(entry.status === 'confirm' ? { unconfirmed: true as const } : {}) };
}

/** The maximum yield in force for a species from one product to another; undefined where the catalogue has none. */
export type YieldCoefficients = (pair: YieldPair) => YieldCap | undefined;

interface SpeciesSums {
  readonly species: string;
  inputM3: number;
  inputNeededM3: number;
  inputNeededAtConfirmedCapsM3: number;
  readonly unconfirmedCaps: Map<string, UnconfirmedYieldCap>;
}

/**
 * Per species, what the transformations up to the observation took in and what their output needed of it at the
 * maximum yield from its input product to its output product: a veneer run's high yield never lifts the cap on sawing.
 * Where a cap awaits confirmation, what the confirmed caps alone call for is kept beside it, and the cap named.
 */
export function processorOriginFacts(register: FacilityRegister, observedAt: string, coefficients: YieldCoefficients): ProcessorOriginFacts {
  const yields = new Map<string, SpeciesSums>();
  const sumsOf = (species: string): SpeciesSums => {
    const known = yields.get(nameKey(species)) ?? { species, inputM3: 0, inputNeededM3: 0, inputNeededAtConfirmedCapsM3: 0, unconfirmedCaps: new Map() };
    yields.set(nameKey(species), known);
    return known;
  };
  for (const { inputs, outputs } of transformedBy(register, observedAt)) {
    for (const input of inputs) sumsOf(input.species).inputM3 += input.m3;
    for (const output of outputs) {
      const sums = sumsOf(output.species);
      const caps = capsFor(output, inputs, coefficients);
      sums.inputNeededM3 += output.m3 / mostGenerous(caps.map(({ cap }) => cap.maxYield));
      // An unconfirmed cap limits nothing here, so the excess over the confirmed caps alone shows.
      sums.inputNeededAtConfirmedCapsM3 += output.m3 / mostGenerous(caps.map(({ cap }) => (cap.unconfirmed ? 1 : cap.maxYield)));
      for (const { input, cap } of caps.filter((applied) => applied.cap.unconfirmed)) {
        sums.unconfirmedCaps.set(`${input}|${output.productType}|${cap.maxYield}`, { input, output: output.productType, maxYield: cap.maxYield });
      }
    }
  }
  return {
    kind: 'processor',
    authorised: authorisedAt(facilityStandingAt(register, observedAt), observedAt),
    yields: [...yields.values()].map(speciesYieldFacts),
  };
}

function speciesYieldFacts({ species, inputM3, inputNeededM3, inputNeededAtConfirmedCapsM3, unconfirmedCaps }: SpeciesSums): SpeciesYieldFacts {
  const judged = { species, inputM3: roundVolume(inputM3), inputNeededM3: roundVolume(inputNeededM3) };
  if (unconfirmedCaps.size === 0) return judged;
  return { ...judged, unconfirmedCaps: [...unconfirmedCaps.values()], inputNeededAtConfirmedCapsM3: roundVolume(inputNeededAtConfirmedCapsM3) };
}

/** Per input of the output's species in the same transformation, its cap: 1 for the same product, or where the catalogue has none. */
function capsFor(output: TransformedVolume, inputs: readonly TransformedVolume[], coefficients: YieldCoefficients): { input: ProductType; cap: YieldCap }[] {
  return inputs
    .filter((input) => nameKey(input.species) === nameKey(output.species))
    .map((input) => {
      const none = { input: input.productType, cap: { maxYield: 1 } };
      if (input.productType === output.productType || !isTimber(input.productType) || !isTimber(output.productType)) return none;
      const cap = coefficients({ species: output.species, input: input.productType, output: output.productType });
      return cap === undefined ? none : { input: input.productType, cap };
    });
}

/** The most generous of the inputs' caps; 1 without any. */
function mostGenerous(maxYields: readonly number[]): number {
  return maxYields.length === 0 ? 1 : Math.max(...maxYields);
}

/** Undefined when no register knows the facility; a depot stays a depot, every other kind receives timber as a processor. */
export function destinationFacts(register: FacilityRegister, facilityId: string, observedAt: string): DestinationFacts | undefined {
  const standing = facilityStandingAt(register, observedAt) ?? register.standings[0];
  if (!standing) return undefined;
  return { facilityId, holderTaxId: standing.holderTaxId, kind: consigneeKindOf(standing.kind), authorised: authorisedAt(facilityStandingAt(register, observedAt), observedAt) };
}

/** What a guide declares the consignee as, for each kind of registered facility. */
function consigneeKindOf(kind: FacilityKind): ConsigneeKind {
  if (kind === 'depot') return 'depot';
  return kind === 'export_yard' ? 'exporter' : 'processor';
}
