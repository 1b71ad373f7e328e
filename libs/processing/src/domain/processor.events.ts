import type { Event, GeoPoint, Quantity, Volume } from '#shared-kernel';
import type { LotShare, ProcessorKind, ProductType, TimberProduct, Validity } from './processor.js';
import type { LotNotReceivedRecord } from './processor.state.js';
import type { SpeciesYield } from './processor.yield.js';

// Volumes in events are in m³ (a non_timber lot received in kg), rounded to a tenth of a litre (or gram).

export type ProcessorRegistered = Event<
  'ProcessorRegistered',
  {
    readonly facilityId: string;
    readonly holderTaxId: string;
    readonly kind: ProcessorKind;
    readonly authority: string;
    readonly resolution: string;
    readonly validity: Validity;
    readonly position: GeoPoint;
  }
>;

/** A change of standing; it repeats the facility's holder, kind and validity so it can be published on its own. */
interface StandingChange {
  readonly facilityId: string;
  readonly holderTaxId: string;
  readonly kind: ProcessorKind;
  readonly validity: Validity;
  readonly reason: string;
  readonly authority: string;
  readonly at: string;
}

export type ProcessorSuspended = Event<'ProcessorSuspended', StandingChange>;

export type ProcessorReinstated = Event<'ProcessorReinstated', StandingChange>;

export type LotReceived = Event<
  'LotReceived',
  {
    readonly facilityId: string;
    readonly lotId: string;
    readonly guideNumber: string;
    readonly species: string;
    readonly productType: ProductType;
    readonly volume: Quantity;
    readonly at: string;
  }
>;

export interface ConsumedInput {
  readonly lotId: string;
  readonly species: string;
  readonly productType: TimberProduct;
  readonly volume: Volume;
}

export interface ProducedOutput {
  readonly lotId: string;
  readonly species: string;
  readonly productType: TimberProduct;
  readonly volume: Volume;
  /** The inputs of the same species, each in proportion to this output's share of that species' output. */
  readonly parents: readonly LotShare[];
}

export type TransformationRecorded = Event<
  'TransformationRecorded',
  {
    readonly facilityId: string;
    readonly transformationId: string;
    readonly at: string;
    readonly inputs: readonly ConsumedInput[];
    readonly outputs: readonly ProducedOutput[];
    /** Each species' output judged against its input, with the yield facts in force at `at`. */
    readonly yields: readonly SpeciesYield[];
  }
>;

/** Output above the maximum yield, declared as an exception: it stands, and raises an infraction. */
export type TransformationFlagged = Event<
  'TransformationFlagged',
  {
    readonly facilityId: string;
    readonly transformationId: string;
    readonly at: string;
    readonly reason: string;
    readonly overYield: readonly SpeciesYield[];
  }
>;

/**
 * Custody delivered a lot here that the facility could not take in (not registered or not authorised at delivery, the
 * lot already received under another guide): recorded and published, since timber then stands where no inventory holds it.
 */
export type LotNotReceived = Event<'LotNotReceived', LotNotReceivedRecord>;

export type ProcessorEvent = ProcessorRegistered | ProcessorSuspended | ProcessorReinstated | LotReceived | LotNotReceived | TransformationRecorded | TransformationFlagged;
