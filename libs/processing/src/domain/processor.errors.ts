import { DomainError } from '#shared-kernel';
import type { LotHold } from './lot-holds.js';
import type { TimberProduct, Validity } from './processor.js';
import type { SpeciesYield } from './processor.yield.js';

export class ProcessorNotFound extends DomainError {
  constructor() {
    super('not_found', 'processor_not_found', 'The processor is not registered');
  }
}

export class ProcessorAlreadyRegistered extends DomainError {
  constructor(facilityId: string) {
    super('conflict', 'processor_already_registered', `Processor ${facilityId} is already registered`, { facilityId });
  }
}

export class InvalidInstant extends DomainError {
  constructor(field: string, value: string) {
    super('invalid', 'invalid_instant', `${field} "${value}" is not an ISO-8601 date or date-time`, { field, value });
  }
}

export class InvalidValidity extends DomainError {
  constructor(validity: Validity) {
    super('invalid', 'invalid_validity', `An authorisation cannot end (${validity.until}) before it starts (${validity.from})`, { validity });
  }
}

export class ProcessorAlreadySuspended extends DomainError {
  constructor(facilityId: string, since: string) {
    super('conflict', 'processor_already_suspended', `Processor ${facilityId} is suspended since ${since}`, { facilityId, since });
  }
}

export class ProcessorNotSuspended extends DomainError {
  constructor(facilityId: string) {
    super('conflict', 'processor_not_suspended', `Processor ${facilityId} is not suspended`, { facilityId });
  }
}

/** Suspensions are periods in order, so "authorised at T" has one answer. */
export class StandingChangeOutOfOrder extends DomainError {
  constructor(facilityId: string, at: string, lastChange: string) {
    super('conflict', 'standing_change_out_of_order', `Processor ${facilityId}: a change at ${at} cannot precede the last one, at ${lastChange}`, {
      facilityId,
      at,
      lastChange,
    });
  }
}

export type Unauthorised = 'not_yet_valid' | 'expired' | 'suspended';

export class ProcessorNotAuthorised extends DomainError {
  constructor(facilityId: string, at: string, reason: Unauthorised, validity: Validity) {
    super('conflict', 'processor_not_authorised', `Processor ${facilityId} was not authorised at ${at} (${reason.replaceAll('_', ' ')})`, {
      facilityId,
      at,
      reason,
      validity,
    });
  }
}

export { VolumeNotPositive } from '#shared-kernel';

/** A lot enters a facility once; the same delivery again records nothing. */
export class LotAlreadyReceived extends DomainError {
  constructor(lotId: string, guideNumber: string, receivedUnder: string | undefined) {
    super('conflict', 'lot_already_received', `Lot ${lotId} is already in the inventory, ${receivedUnder ? `received under guide ${receivedUnder}` : 'produced here'}`, {
      lotId,
      guideNumber,
      receivedUnder,
    });
  }
}

export class TransformationAlreadyRecorded extends DomainError {
  constructor(transformationId: string) {
    super('conflict', 'transformation_already_recorded', `Transformation ${transformationId} is already recorded`, { transformationId });
  }
}

/** A depot stores and ships; it does not saw. */
export class ProcessorKindCannotTransform extends DomainError {
  constructor(facilityId: string, kind: string) {
    super('conflict', 'processor_kind_cannot_transform', `Processor ${facilityId} is a ${kind}: it cannot record transformations`, { facilityId, kind });
  }
}

export type TransformationProblem = 'no_inputs' | 'no_outputs' | 'duplicate_lot' | 'missing_exception_reason';

export class InvalidTransformation extends DomainError {
  constructor(transformationId: string, problem: TransformationProblem, details: Readonly<Record<string, unknown>> = {}) {
    super('invalid', 'invalid_transformation', `Transformation ${transformationId} is not well formed (${problem.replaceAll('_', ' ')})`, {
      transformationId,
      problem,
      ...details,
    });
  }
}

export class InvalidYieldFact extends DomainError {
  constructor(species: string, inputProduct: TimberProduct, outputProduct: TimberProduct, maxYield: number) {
    super('invalid', 'invalid_yield_fact', `A maximum yield lies in (0, 1], got ${maxYield} for ${species} ${inputProduct} → ${outputProduct}`, {
      species,
      inputProduct,
      outputProduct,
      maxYield,
    });
  }
}

/** Product lots take new ids: an id already in the inventory would merge two lots' histories. */
export class OutputLotIdTaken extends DomainError {
  constructor(lotId: string) {
    super('conflict', 'output_lot_id_taken', `Lot ${lotId} is already in the inventory; a product lot needs a new id`, { lotId });
  }
}

/** The processor cannot transform what it never received (laundering pattern 7: no licensed inflow). */
export class LotNotInInventory extends DomainError {
  constructor(facilityId: string, lotId: string) {
    super('not_found', 'lot_not_in_inventory', `Lot ${lotId} never entered the inventory of processor ${facilityId}`, { facilityId, lotId });
  }
}

/** Custody holds the lot for a case: it may not become something else while held, nor ever once confiscated. */
export class InputLotHeld extends DomainError {
  constructor({ lotId, caseRef, kind, authority, at }: LotHold) {
    super('conflict', 'lot_held', `Lot ${lotId} is ${kind} under case ${caseRef} (${authority}): it cannot be transformed`, { lotId, caseRef, kind, authority, at });
  }
}

export class InsufficientInventory extends DomainError {
  constructor(lotId: string, requestedM3: number, remainingM3: number) {
    super('conflict', 'insufficient_inventory', `Lot ${lotId} has ${remainingM3} m³ left in the inventory, ${requestedM3} m³ were asked for`, {
      lotId,
      requestedM3,
      remainingM3,
    });
  }
}

/** No species appears out of nowhere. */
export class OutputSpeciesNotInInputs extends DomainError {
  constructor(lotId: string, species: string, inputSpecies: readonly string[]) {
    super('conflict', 'output_species_not_in_inputs', `Output ${lotId} is ${species}, which none of the inputs are`, { lotId, species, inputSpecies });
  }
}

/** Timber is not sawn before it reached the facility, nor a product worked before it was made. */
export class TransformationBeforeInput extends DomainError {
  constructor(lotId: string, arrivedAt: string, at: string) {
    super('conflict', 'transformation_before_input', `Lot ${lotId} arrived at ${arrivedAt}: a transformation at ${at} cannot have used it`, { lotId, arrivedAt, at });
  }
}

export class YieldCoefficientMissing extends DomainError {
  constructor(species: string, inputProduct: TimberProduct, outputProduct: TimberProduct) {
    super('conflict', 'yield_coefficient_missing', `No maximum yield is in force for ${species} from ${inputProduct} to ${outputProduct}`, {
      species,
      inputProduct,
      outputProduct,
    });
  }
}

/** Laundering pattern 3: more product than the input can yield, without a declared exception. */
export class YieldExceeded extends DomainError {
  constructor(transformationId: string, overYield: readonly SpeciesYield[]) {
    super('conflict', 'yield_exceeded', `Transformation ${transformationId} declares more output than its input can yield`, { transformationId, overYield });
  }
}

/** Yield coefficients exist for timber only: a product traded by weight (tara pods) leaves the facility as it came. */
export class WeightProductNotTransformable extends DomainError {
  constructor(lotId: string, species: string) {
    super('conflict', 'weight_product_not_transformable', `Lot ${lotId} is ${species}, a non_timber product traded by weight: no yield coefficient covers it, so it cannot be transformed`, {
      lotId,
      species,
      productType: 'non_timber',
    });
  }
}
