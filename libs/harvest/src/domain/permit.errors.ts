import { BASE_UNIT_SYMBOL, DomainError } from '#shared-kernel';
import type { GeometryFinding } from './geolocation.js';
import type { PermitStatus, Validity } from './permit.js';
import { amountsOf, requestedFigure, type SpeciesBalance } from './permit.balance.js';
import type { CountedGuide } from './permit.state.js';

export class PermitNotFound extends DomainError {
  constructor(permitId: string) {
    super('not_found', 'permit_not_found', `Permit ${permitId} is not registered`, { permitId });
  }
}

export class PermitAlreadyRegistered extends DomainError {
  constructor(permitId: string) {
    super('conflict', 'permit_already_registered', `Permit ${permitId} is already registered`, { permitId });
  }
}

export class UnknownPermitKind extends DomainError {
  constructor(kind: string) {
    super('invalid', 'unknown_permit_kind', `${JSON.stringify(kind)} is not a kind of permit`, { kind });
  }
}

/** A RUC is 11 digits. */
export class InvalidTaxId extends DomainError {
  constructor(taxId: string) {
    super('invalid', 'invalid_tax_id', `A holder's tax id (RUC) is 11 digits, got ${JSON.stringify(taxId)}`, { taxId });
  }
}

export class BlankField extends DomainError {
  constructor(field: string) {
    super('invalid', 'blank_field', `${field} must not be blank`, { field });
  }
}

export class InvalidDate extends DomainError {
  constructor(field: string, value: string, expected: 'date' | 'instant') {
    const form = expected === 'date' ? 'a calendar date YYYY-MM-DD' : 'an ISO-8601 date-time with its offset';
    super('invalid', 'invalid_date', `${field} must be ${form}, got ${JSON.stringify(value)}`, { field, value, expected });
  }
}

export class InvalidValidity extends DomainError {
  constructor(field: string, validity: Validity) {
    super('invalid', 'invalid_validity', `${field} must start before it ends, got ${validity.from} to ${validity.to}`, { field, validity });
  }
}

export class InvalidGeometry extends DomainError {
  constructor(field: string, finding: GeometryFinding) {
    super('invalid', 'invalid_geometry', `${field} is not a usable GeoJSON geometry: ${finding.problem.replaceAll('_', ' ')}`, { field, ...finding });
  }
}

/** EUDR wants plot points to six decimal digits or more. */
export class CoordinatesTooCoarse extends DomainError {
  constructor(decimals: readonly [number, number], required: number) {
    super('invalid', 'coordinates_too_coarse', `A plot point needs ${required} decimal digits of longitude and latitude, got ${decimals.join(' and ')}`, {
      decimals,
      required,
    });
  }
}

export { VolumeNotPositive } from '#shared-kernel';

export class InvalidPieceCount extends DomainError {
  constructor(pieces: number) {
    super('invalid', 'invalid_piece_count', `A lot holds a whole number of pieces, at least one; got ${pieces}`, { pieces });
  }
}

export class InvalidCuttingDiameter extends DomainError {
  constructor(species: string, minimumCuttingDiameterCm: number) {
    super('invalid', 'invalid_cutting_diameter', `The minimum cutting diameter of ${species} must be more than 0 cm, got ${minimumCuttingDiameterCm}`, {
      species,
      minimumCuttingDiameterCm,
    });
  }
}

export class NoHarvestArea extends DomainError {
  constructor(planId: string) {
    super('invalid', 'no_harvest_area', `Harvest plan ${planId} needs at least one harvest area`, { planId });
  }
}

export class NoSpecies extends DomainError {
  constructor(field: string) {
    super('invalid', 'no_species', `${field} must name at least one species`, { field });
  }
}

export class DuplicateSpecies extends DomainError {
  constructor(field: string, species: string) {
    super('invalid', 'duplicate_species', `${field} names ${species} more than once`, { field, species });
  }
}

export class PermitNotActive extends DomainError {
  constructor(permitId: string, status: PermitStatus) {
    super('conflict', 'permit_not_active', `Permit ${permitId} is ${status}`, { permitId, status });
  }
}

/** Cancellation is final: nothing changes a cancelled permit's standing. */
export class PermitIsCancelled extends DomainError {
  constructor(permitId: string) {
    super('conflict', 'permit_cancelled', `Permit ${permitId} was cancelled; cancellation is final`, { permitId });
  }
}

export class PermitAlreadySuspended extends DomainError {
  constructor(permitId: string) {
    super('conflict', 'permit_already_suspended', `Permit ${permitId} is already suspended`, { permitId });
  }
}

export class PermitNotSuspended extends DomainError {
  constructor(permitId: string) {
    super('conflict', 'permit_not_suspended', `Permit ${permitId} is not suspended`, { permitId });
  }
}

export class HarvestPlanAlreadyApproved extends DomainError {
  constructor(permitId: string, planId: string) {
    super('conflict', 'harvest_plan_already_approved', `Permit ${permitId} already has a harvest plan ${planId}`, { permitId, planId });
  }
}

export class HarvestPlanNotFound extends DomainError {
  constructor(permitId: string, planId: string) {
    super('not_found', 'harvest_plan_not_found', `Permit ${permitId} has no harvest plan ${planId}`, { permitId, planId });
  }
}

export class PlanValidityOutsidePermit extends DomainError {
  constructor(planId: string, planValidity: Validity, permitValidity: Validity) {
    super(
      'conflict',
      'plan_validity_outside_permit',
      `Harvest plan ${planId} runs ${planValidity.from} to ${planValidity.to}, beyond the permit's ${permitValidity.from} to ${permitValidity.to}`,
      { planId, planValidity, permitValidity },
    );
  }
}

export class HarvestAreaOutsidePermit extends DomainError {
  constructor(planId: string, areaIndex: number) {
    super('conflict', 'harvest_area_outside_permit', `Harvest area ${areaIndex} of plan ${planId} does not lie within the permit area`, { planId, areaIndex });
  }
}

export class LotAlreadyRecorded extends DomainError {
  constructor(permitId: string, lotId: string) {
    super('conflict', 'lot_already_recorded', `Lot ${lotId} was already extracted under permit ${permitId}`, { permitId, lotId });
  }
}

export class HarvestDateOutsidePlan extends DomainError {
  constructor(planId: string, harvestDate: string, validity: Validity) {
    super('conflict', 'harvest_date_outside_plan', `Harvest plan ${planId} runs ${validity.from} to ${validity.to}; ${harvestDate} is outside it`, {
      planId,
      harvestDate,
      validity,
    });
  }
}

export class SpeciesNotInPlan extends DomainError {
  constructor(planId: string, species: string) {
    super('conflict', 'species_not_in_plan', `Harvest plan ${planId} authorises no ${species}`, { planId, species });
  }
}

/** Timber from outside the plan's harvest area is timber from an unauthorised area. */
export class GeolocationOutsideHarvestArea extends DomainError {
  constructor(planId: string, lotId: string) {
    super('conflict', 'geolocation_outside_harvest_area', `Lot ${lotId} lies outside the harvest areas of plan ${planId}`, { planId, lotId });
  }
}

/** Extraction beyond the plan's authorised amount for the species (the code keeps its name for weights too). */
export class AuthorisedVolumeExceeded extends DomainError {
  constructor(balance: SpeciesBalance, requested: number) {
    const { measure, remaining } = amountsOf(balance);
    const unit = BASE_UNIT_SYMBOL[measure];
    super(
      'conflict',
      'authorised_volume_exceeded',
      `Plan ${balance.planId} has ${remaining} ${unit} of ${balance.species} left to extract, ${requested} ${unit} were asked for`,
      { ...balance, ...requestedFigure(measure, requested) },
    );
  }
}

/** A guide moving more than the plan authorises for the species (laundering pattern 2). */
export class MovedBeyondAuthorised extends DomainError {
  constructor(guideNumber: string, balance: SpeciesBalance, requested: number) {
    const { measure, authorised, moved } = amountsOf(balance);
    const unit = BASE_UNIT_SYMBOL[measure];
    super(
      'conflict',
      'moved_beyond_authorised',
      `Guide ${guideNumber} moves ${requested} ${unit} of ${balance.species}; plan ${balance.planId} authorises ${authorised} ${unit} and ${moved} ${unit} have moved`,
      { guideNumber, ...balance, ...requestedFigure(measure, requested) },
    );
  }
}

/** A guide moving timber that was never recorded as extracted: paper volume covering timber cut elsewhere. */
export class MovedBeyondExtracted extends DomainError {
  constructor(guideNumber: string, balance: SpeciesBalance, requested: number) {
    const { measure, extracted, moved } = amountsOf(balance);
    const unit = BASE_UNIT_SYMBOL[measure];
    super(
      'conflict',
      'moved_beyond_extracted',
      `Guide ${guideNumber} moves ${requested} ${unit} of ${balance.species}; plan ${balance.planId} has ${extracted} ${unit} extracted and ${moved} ${unit} moved`,
      { guideNumber, ...balance, ...requestedFigure(measure, requested) },
    );
  }
}

/** The same guide number with another load: a reused or cloned guide. */
export class GuideNumberReused extends DomainError {
  constructor(guideNumber: string, counted: CountedGuide, requested: CountedGuide) {
    super('conflict', 'guide_number_reused', `Guide ${guideNumber} was already counted with a different load`, {
      guideNumber,
      counted: loadFigures(counted),
      requested: loadFigures(requested),
    });
  }
}

/** A load as the details show it: each line's amount named for its unit (`m3`, or `kg` for a weight). */
function loadFigures({ planId, lines }: CountedGuide) {
  return { planId, lines: lines.map(({ species, measure, amount }) => (measure === 'volume' ? { species, m3: amount } : { species, kg: amount })) };
}
