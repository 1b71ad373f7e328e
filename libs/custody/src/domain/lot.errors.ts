import { DomainError, type Measure } from '#shared-kernel';
import type { LotClosure, LotPlace } from './lot.js';
import type { LotWhereabouts } from './lot.state.js';

export class LotNotFound extends DomainError {
  constructor() {
    super('not_found', 'lot_not_found', 'The lot does not exist');
  }
}

/** One life per lot: a lot id is never reused. */
export class LotAlreadyExists extends DomainError {
  constructor(lotId: string) {
    super('conflict', 'lot_already_exists', `Lot ${lotId} already exists`, { lotId });
  }
}

export { VolumeNotPositive } from '#shared-kernel';

export class InvalidPieceCount extends DomainError {
  constructor(pieces: number) {
    super('invalid', 'invalid_piece_count', `A lot holds a whole number of pieces, at least one; got ${pieces}`, { pieces });
  }
}

export type LineageProblem = 'no_lots' | 'duplicate_lot' | 'self_reference';

/** Parents or children named in a command must be distinct other lots. */
export class InvalidLineage extends DomainError {
  constructor(lotId: string, problem: LineageProblem, lotIds: readonly string[]) {
    super('invalid', 'invalid_lineage', `Lot ${lotId}: the related lots are not usable (${problem.replaceAll('_', ' ')})`, { lotId, problem, lotIds });
  }
}

const CLOSURE_CODES: Record<LotClosure, string> = { consumed: 'lot_consumed', split: 'lot_split', merged: 'lot_merged_away' };

/** Nothing is left of the lot: another lot or a transformation took all its volume. */
export class LotIsClosed extends DomainError {
  constructor(lotId: string, closedBy: LotClosure) {
    super('conflict', CLOSURE_CODES[closedBy], `Lot ${lotId} has no volume left: it was ${closedBy === 'merged' ? 'merged away' : closedBy}`, { lotId, closedBy });
  }
}

export class LotIsImmobilised extends DomainError {
  constructor(lotId: string, caseRef: string) {
    super('conflict', 'lot_immobilised', `Lot ${lotId} is immobilised under case ${caseRef}: it cannot move or be transformed`, { lotId, caseRef });
  }
}

export class LotIsConfiscated extends DomainError {
  constructor(lotId: string, caseRef: string) {
    super('conflict', 'lot_confiscated', `Lot ${lotId} was confiscated under case ${caseRef}`, { lotId, caseRef });
  }
}

/** A lot is on at most one open guide. */
export class LotOnOpenGuide extends DomainError {
  constructor(lotId: string, guideNumber: string) {
    super('conflict', 'lot_on_open_guide', `Lot ${lotId} is on the open guide ${guideNumber}`, { lotId, guideNumber });
  }
}

export class LotNotOnGuide extends DomainError {
  constructor(lotId: string, guideNumber: string, whereabouts: LotWhereabouts) {
    super('conflict', 'lot_not_on_guide', `Lot ${lotId} is not travelling under guide ${guideNumber}`, { lotId, guideNumber, whereabouts });
  }
}

/** A lot is received, consumed or merged only where it rests. */
export class LotNotAtPlace extends DomainError {
  constructor(lotId: string, place: LotPlace, whereabouts: LotWhereabouts) {
    super('conflict', 'lot_not_at_place', `Lot ${lotId} is not resting at ${placeName(place)}`, { lotId, place, whereabouts });
  }
}

/** Details name the amounts in the lot's base unit: `requestedM3`/`remainingM3`, or `requestedKg`/`remainingKg` for a lot traded by weight. */
export class InsufficientLotVolume extends DomainError {
  constructor(lotId: string, requested: number, remaining: number, measure: Measure) {
    const [unit, suffix] = measure === 'weight' ? ['kg', 'Kg'] : ['m³', 'M3'];
    super('conflict', 'insufficient_lot_volume', `Lot ${lotId} has ${remaining} ${unit} left, ${requested} ${unit} were asked for`, {
      lotId,
      [`requested${suffix}`]: requested,
      [`remaining${suffix}`]: remaining,
    });
  }
}

/** A lot is one species of one product in one measure: merging anything else into it would hide what it holds. */
export class MergeMismatch extends DomainError {
  constructor(lotId: string, targetLotId: string, field: 'species' | 'productType' | 'measure', lotValue: string, targetValue: string) {
    super('conflict', 'merge_mismatch', `Lot ${lotId} cannot merge into ${targetLotId}: ${field} ${lotValue} differs from ${targetValue}`, {
      lotId,
      targetLotId,
      field,
      lotValue,
      targetValue,
    });
  }
}

export class LotAlreadyImmobilised extends DomainError {
  constructor(lotId: string, caseRef: string) {
    super('conflict', 'lot_already_immobilised', `Lot ${lotId} is already immobilised under case ${caseRef}`, { lotId, caseRef });
  }
}

export class LotNotImmobilised extends DomainError {
  constructor(lotId: string) {
    super('conflict', 'lot_not_immobilised', `Lot ${lotId} is not immobilised`, { lotId });
  }
}

/** Only the case that holds a lot may release it. */
export class ImmobilisationCaseMismatch extends DomainError {
  constructor(lotId: string, caseRef: string, heldUnder: string) {
    super('conflict', 'immobilisation_case_mismatch', `Lot ${lotId} is held under case ${heldUnder}, not ${caseRef}`, { lotId, caseRef, heldUnder });
  }
}

function placeName(place: LotPlace): string {
  if (place.kind === 'holder') return `the yard of holder ${place.holderTaxId}`;
  return place.kind === 'facility' ? `facility ${place.facilityId}` : `the custody of ${place.authority}`;
}

/** Only confiscated timber is stored by the authority or auctioned or donated. */
export class LotNotConfiscated extends DomainError {
  constructor(lotId: string) {
    super('conflict', 'lot_not_confiscated', `Lot ${lotId} is not confiscated`, { lotId });
  }
}

/** Confiscated timber is auctioned or donated once. */
export class ConfiscatedLotAlreadyDisposed extends DomainError {
  constructor(lotId: string, caseRef: string, reference: string) {
    super('conflict', 'lot_already_disposed', `Lot ${lotId}, confiscated under case ${caseRef}, was already disposed of (${reference})`, { lotId, caseRef, reference });
  }
}

/** Named after the lot, unlike the decider's refusal, because a use case may touch several lots. */
export class UnknownLot extends DomainError {
  constructor(lotId: string) {
    super('not_found', 'lot_not_found', `Lot ${lotId} does not exist`, { lotId });
  }
}
