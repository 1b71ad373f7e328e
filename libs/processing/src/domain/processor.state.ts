import type { Refusal } from '#shared-kernel';
import type { ReceiveLot } from './processor.commands.js';
import type { PersistentMap } from '#shared-kernel';
import type { ProcessorKind, ProductType, Validity } from './processor.js';

export interface Suspension {
  readonly from: string;
  /** Absent while the suspension lasts. */
  readonly until?: string;
}

/** A lot in the facility's inventory: received under a guide, or produced here by a transformation. */
export interface InventoryLot {
  readonly lotId: string;
  readonly species: string;
  readonly productType: ProductType;
  /** Not yet consumed: m³, or kg of a non_timber lot. */
  readonly remaining: number;
  readonly receivedUnder?: string;
  readonly producedBy?: string;
  /** When it arrived or was made: nothing may be made of it before. */
  readonly arrivedAt: string;
}

/** Per product type: m³ of timber, kg of a non_timber product, never summed together. */
export type ProductAmounts = Partial<Record<ProductType, number>>;

/** Cumulative amounts of one species through the facility, per product type. */
export interface SpeciesFlows {
  readonly species: string;
  readonly received: ProductAmounts;
  readonly consumed: ProductAmounts;
  readonly produced: ProductAmounts;
  /** Input of the transformations that made this species, and what their output needed of it at maximum yield. */
  readonly judgedInputM3: number;
  readonly inputNeededM3: number;
}

/** A delivery the facility could not take in, and why. */
export type LotNotReceivedRecord = ReceiveLot['data'] & { readonly facilityId: string; readonly refusal: Refusal };

export interface Processor {
  readonly facilityId: string;
  readonly holderTaxId: string;
  readonly kind: ProcessorKind;
  readonly validity: Validity;
  /** In order; only the last may still be open. */
  readonly suspensions: readonly Suspension[];
  /** By lot id; lots consumed to nothing stay, so their ids are never taken again. */
  readonly inventory: PersistentMap<InventoryLot>;
  /** By species as named on the lots. */
  readonly flows: ReadonlyMap<string, SpeciesFlows>;
  /** When each transformation recorded here happened, by its id. */
  readonly transformations: PersistentMap<string>;
  /** Deliveries the facility could not take in, in the order they came. */
  readonly lotsNotReceived: readonly LotNotReceivedRecord[];
}

/** Undefined until the processor is registered. */
export type ProcessorState = Processor | undefined;

export const INITIAL_PROCESSOR_STATE: ProcessorState = undefined;
