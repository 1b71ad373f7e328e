import { DomainError } from '#shared-kernel';
import { describeProblems, type Problem } from './guide.problems.js';
import type { GuideClosure } from './guide.state.js';

export class InvalidGuide extends DomainError {
  constructor(guideNumber: string, problems: readonly Problem[]) {
    super('invalid', 'invalid_guide', `Guide ${guideNumber} cannot be issued: ${describeProblems(problems)}`, { guideNumber, problems });
  }
}

/** Annulment, expiry and delivery commands the client can correct. */
export class InvalidGuideCommand extends DomainError {
  constructor(guideNumber: string, problems: readonly Problem[]) {
    super('invalid', 'invalid_guide_command', `Guide ${guideNumber}: ${describeProblems(problems)}`, { guideNumber, problems });
  }
}

export class InvalidScan extends DomainError {
  constructor(scanId: string, problems: readonly Problem[]) {
    super('invalid', 'invalid_scan', `Scan ${scanId} cannot be judged: ${describeProblems(problems)}`, { scanId, problems });
  }
}

/** One guide per number: a number is never issued twice. */
export class GuideAlreadyIssued extends DomainError {
  constructor(guideNumber: string, issuedAt: string) {
    super('conflict', 'guide_already_issued', `Guide ${guideNumber} was already issued at ${issuedAt}`, { guideNumber, issuedAt });
  }
}

/** Timber already travelled under this number before it was issued: a forged number, not one to issue now. */
export class GuideNumberSeenBeforeIssue extends DomainError {
  constructor(guideNumber: string, scans: number, firstObservedAt: string) {
    super('conflict', 'guide_number_seen_before_issue', `Guide number ${guideNumber} was scanned on the road ${scans} time(s) before it was issued, first at ${firstObservedAt}`, {
      guideNumber,
      scans,
      firstObservedAt,
    });
  }
}

/** The stream holds no issued guide (perhaps only scans of a number never issued). */
export class GuideNotFound extends DomainError {
  constructor() {
    super('not_found', 'guide_not_found', 'No guide was issued under this number');
  }
}

const CLOSURE_CODES = { annulled: 'guide_annulled', expired: 'guide_expired', delivered: 'guide_delivered' } as const;

/** Delivered, annulled and expired are final. */
export class GuideClosed extends DomainError {
  constructor(guideNumber: string, closure: GuideClosure) {
    super('conflict', CLOSURE_CODES[closure.status], `Guide ${guideNumber} was ${closure.status} at ${closure.at}`, { guideNumber, status: closure.status, at: closure.at });
  }
}

export class GuideNotYetExpired extends DomainError {
  constructor(guideNumber: string, expiresAt: string, at: string) {
    super('conflict', 'guide_not_yet_expired', `Guide ${guideNumber} is valid until ${expiresAt}, not expired at ${at}`, { guideNumber, expiresAt, at });
  }
}

/** A load arriving after its guide expired arrives without a valid guide. */
export class DeliveryAfterExpiry extends DomainError {
  constructor(guideNumber: string, expiresAt: string, at: string) {
    super('conflict', 'delivery_after_expiry', `Guide ${guideNumber} expired at ${expiresAt}, before the delivery at ${at}`, { guideNumber, expiresAt, at });
  }
}

/** A load a checkpoint saw on the road had not yet arrived. */
export class DeliveryBeforeLastScan extends DomainError {
  constructor(guideNumber: string, lastScanAt: string, at: string) {
    super('conflict', 'delivery_before_last_scan', `Guide ${guideNumber}'s load was scanned on the road at ${lastScanAt}, after the delivery at ${at}`, { guideNumber, lastScanAt, at });
  }
}

export class WrongDeliveryFacility extends DomainError {
  constructor(guideNumber: string, destinationFacilityId: string, facilityId: string) {
    super('conflict', 'wrong_delivery_facility', `Guide ${guideNumber} goes to facility ${destinationFacilityId}, not ${facilityId}`, {
      guideNumber,
      destinationFacilityId,
      facilityId,
    });
  }
}

/** Each stream holds one guide number; a scan of another number belongs on that number's stream. */
export class ScanOfAnotherGuide extends DomainError {
  constructor(guideNumber: string, scannedGuideNumber: string) {
    super('invalid', 'scan_of_another_guide', `A scan of guide ${scannedGuideNumber} cannot be recorded on guide ${guideNumber}`, { guideNumber, scannedGuideNumber });
  }
}

/** The handler gathered facts about something other than this guide's origin or destination. */
export class ScanFactsMismatch extends DomainError {
  constructor(guideNumber: string, fact: 'origin' | 'destination', expected: string, given: string | null) {
    super('invalid', 'scan_facts_mismatch', `Scan facts for guide ${guideNumber}: the ${fact} facts describe ${given ?? 'nothing'}, not ${expected}`, {
      guideNumber,
      fact,
      expected,
      given,
    });
  }
}

/** Another request already took the number and its lots are being dispatched. */
export class GuideIssuanceUnderway extends DomainError {
  constructor(guideNumber: string) {
    super('conflict', 'guide_issuance_underway', `Guide ${guideNumber} is being issued by another request`, { guideNumber });
  }
}

/** The guide was never asked for under this number (or its issuance ended): nothing to issue or refuse. */
export class GuideIssuanceNotRequested extends DomainError {
  constructor(guideNumber: string) {
    super('conflict', 'guide_issuance_not_requested', `No issuance of guide ${guideNumber} is underway`, { guideNumber });
  }
}

/** A scan's verdict immobilised the load: it stays where it was stopped until a regulator releases it. */
export class GuideHeld extends DomainError {
  constructor(guideNumber: string, caseRefs: readonly string[]) {
    super('conflict', 'guide_held', `The load of guide ${guideNumber} is held under ${caseRefs.join(', ')}: a regulator must release it first`, { guideNumber, caseRefs });
  }
}

export class GuideNotHeld extends DomainError {
  constructor(guideNumber: string, caseRef: string) {
    super('conflict', 'guide_not_held', `The load of guide ${guideNumber} is not held under ${caseRef}`, { guideNumber, caseRef });
  }
}
