import { aggregateStream, type Command, type Decider, type Event } from '#shared-kernel';
import type { HeldAmount } from './held-amount.js';

// The m³ (or kg of a product traded by weight) custody held under each case, as its integration events tell sanctions: noted per lot, whether or not the
// case was opened yet, so the case statistics count volumes from sanctions' own log.

/** An immobilisation holds a lot while the case runs; a confiscation takes it for good. */
export type CaseLotHoldKind = 'immobilised' | 'confiscated';

/** What the lot held then: `m3`, or `kg` for a product traded by weight, as a decimal string. */
export type CaseLotVolume = {
  readonly lotId: string;
  /** The case custody holds the lot under. */
  readonly caseId: string;
  readonly kind: CaseLotHoldKind;
  /** Scientific name, where custody names it (a confiscation). */
  readonly species?: string;
  readonly at: string;
} & HeldAmount;

export type CaseLotVolumeNoted = Event<'CaseLotVolumeNoted', CaseLotVolume>;
export type NoteCaseLotVolume = Command<'NoteCaseLotVolume', CaseLotVolume>;

/** The holds noted on one lot, one per case and kind. */
export type CaseLotVolumes = readonly CaseLotVolume[];

/** Notes custody's facts and refuses none: custody decided them already. The same hold again notes nothing. */
export const caseLotVolumesDecider: Decider<NoteCaseLotVolume, CaseLotVolumeNoted, CaseLotVolumes> = {
  initialState: [],
  decide: ({ data }, noted) => (noted.some((hold) => hold.caseId === data.caseId && hold.kind === data.kind) ? [] : [{ type: 'CaseLotVolumeNoted', data }]),
  evolve: (noted, { data }) => [...noted, data],
};

/** One stream per lot custody held under a case, fed by custody's integration events: the inbox is the stream (ADR 5). */
export const caseLotVolumesStream = aggregateStream('sanctions-lot', caseLotVolumesDecider);
