import type { ConfiscatedLotDisposedV1, GuideDeliveredV1, GuideIssuedV1, LotConfiscatedV1, LotDeliveredV1, LotImmobilisedV1, LotLineageChangedV1, LotReleasedV1, ShipmentFlaggedV1 } from '#custody/integration';
import type { GuideNotCountedV1, HarvestPlanApprovedV1, LotExtractedV1, PermitStandingChangedV1 } from '#harvest/integration';
import type { TransformationFlaggedV1, TransformationRecordedV1 } from '#processing/integration';
import type { CaseClosedV1, CaseLotsAddedV1, CaseOpenedV1, PartyDisqualifiedV1 } from '#sanctions/integration';
import { aggregateStream, type Command, type Decider, type Event } from '#shared-kernel';

/** Every published fact a certificate depends on: the lineage read model folds them, the revocation process reacts to them. */
export type LineageFact =
  | LotExtractedV1
  | PermitStandingChangedV1
  | HarvestPlanApprovedV1
  | GuideNotCountedV1
  | LotLineageChangedV1
  | LotDeliveredV1
  | GuideIssuedV1
  | GuideDeliveredV1
  | ShipmentFlaggedV1
  | LotImmobilisedV1
  | LotReleasedV1
  | LotConfiscatedV1
  | ConfiscatedLotDisposedV1
  | TransformationRecordedV1
  | TransformationFlaggedV1
  | CaseOpenedV1
  | CaseLotsAddedV1
  | CaseClosedV1
  | PartyDisqualifiedV1;

export type LineageFactType = LineageFact['type'];

export const LINEAGE_FACT_TYPES: readonly LineageFactType[] = [
  'LotExtracted',
  'PermitStandingChanged',
  'HarvestPlanApproved',
  'GuideNotCounted',
  'LotLineageChanged',
  'LotDelivered',
  'GuideIssued',
  'GuideDelivered',
  'ShipmentFlagged',
  'LotImmobilised',
  'LotReleased',
  'LotConfiscated',
  'ConfiscatedLotDisposed',
  'TransformationRecorded',
  'TransformationFlagged',
  'CaseOpened',
  'CaseLotsAdded',
  'CaseClosed',
  'PartyDisqualified',
];

/** The fact as published, kept whole: what the context learned, in its own log. */
export type LineageFactNoted = Event<'LineageFactNoted', { readonly fact: LineageFact }>;
export type NoteLineageFact = Command<'NoteLineageFact', { readonly fact: LineageFact }>;

/** A register, not a judge: every fact is noted as it came; a redelivery replays its command id and notes nothing. */
const lineageFactDecider: Decider<NoteLineageFact, LineageFactNoted, null> = {
  initialState: null,
  decide: ({ data }) => [{ type: 'LineageFactNoted', data }],
  evolve: (state) => state,
};

/** `certificates-facts-<subject>`: the facts of one lot, guide, permit, transformation, case or party, in the order noted. */
export const lineageFactStream = aggregateStream('certificates-facts', lineageFactDecider);

/** The stream a fact is noted on: what it is about. */
export function subjectOf(fact: LineageFact): string {
  switch (fact.type) {
    case 'LotExtracted':
    case 'LotLineageChanged':
    case 'LotDelivered':
    case 'LotImmobilised':
    case 'LotReleased':
    case 'LotConfiscated':
    case 'ConfiscatedLotDisposed':
      return `lot-${fact.data.lotId}`;
    case 'PermitStandingChanged':
    case 'HarvestPlanApproved':
      return `permit-${fact.data.permitId}`;
    case 'GuideNotCounted':
    case 'GuideIssued':
    case 'GuideDelivered':
    case 'ShipmentFlagged':
      return `guide-${fact.data.guideNumber}`;
    case 'TransformationRecorded':
    case 'TransformationFlagged':
      return `transformation-${fact.data.transformationId}`;
    case 'CaseOpened':
    case 'CaseLotsAdded':
    case 'CaseClosed':
      return `case-${fact.data.caseId}`;
    case 'PartyDisqualified':
      return `party-${fact.data.taxId}`;
  }
}
