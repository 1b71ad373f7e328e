import type { Event, Position, Refusal } from '#shared-kernel';
import type { IssuedGuide, Transshipment } from './guide.js';
import type { CheckedPiece } from './piece-list.js';
import type { CheckResult, ShipmentVerdict } from './scan-checks/check-result.js';
import type { ObservedLine } from './scan-checks/scan-context.js';
import type { ScanThresholds } from './scan-checks/scan-facts.js';

// Declared and observed volumes keep the unit they were given in: a guide is a sworn statement, quoted as sworn.

/** The issuer asked for the guide: the number is taken, and its lots are dispatched under it before it is issued. */
export type GuideIssuanceRequested = Event<'GuideIssuanceRequested', IssuedGuide>;

/** Every lot was dispatched under it: the guide stands. */
export type GuideIssued = Event<'GuideIssued', IssuedGuide>;

/** A lot refused to go under the guide (or the guide itself could not stand): the lots already dispatched were sent back. */
export type GuideIssuanceRefused = Event<
  'GuideIssuanceRefused',
  { readonly number: string; readonly lotId?: string; readonly refusal: Refusal; readonly at: string }
>;

/**
 * A regulator lifted a scan's hold on the load after review, or a revision left no verdict to justify it (`revisedBy`: the late
 * scan that completed the picture); the lots held under the case are released with it.
 */
export type GuideReleased = Event<
  'GuideReleased',
  { readonly number: string; readonly caseRef: string; readonly authority: string; readonly lots: readonly string[]; readonly at: string; readonly revisedBy?: string }
>;

export type GuideAnnulled = Event<'GuideAnnulled', { readonly number: string; readonly reason: string; readonly at: string }>;

export type GuideExpired = Event<'GuideExpired', { readonly number: string; readonly expiresAt: string; readonly at: string }>;

/** Names the guide's lots, so the delivery can be published without reading the guide again. */
export type GuideDelivered = Event<'GuideDelivered', { readonly number: string; readonly facilityId: string; readonly lots: readonly string[]; readonly at: string }>;

/** Lots of the guide went on under another plate and driver from `at`: scans of that truck after it are of this load. */
export type GuideTransshipped = Event<'GuideTransshipped', Transshipment & { readonly number: string }>;

/** A scan with every check's result and the verdict; recorded whatever the guide's state, even when no guide was issued under the number. */
export type ShipmentScanned = Event<
  'ShipmentScanned',
  {
    readonly guideNumber: string;
    readonly scanId: string;
    readonly checkpoint: string;
    /** The authority running the checkpoint. */
    readonly authority: string;
    /** The checkpoint's registered position, which later scans measure travel from. */
    readonly checkpointPosition: Position;
    readonly plate: string;
    readonly driverId: string;
    readonly observedLines: readonly ObservedLine[];
    readonly scaleWeightKg?: number;
    /** Pieces checked by code; absent on scans that checked none. */
    readonly checkedPieces?: readonly CheckedPiece[];
    readonly observedAt: string;
    readonly recordedAt: string;
    /** Where the device took the scan. */
    readonly position: Position;
    readonly results: readonly CheckResult[];
    readonly verdict: ShipmentVerdict;
    /** The thresholds the checks applied; absent on scans recorded before they were kept. */
    readonly thresholds?: ScanThresholds;
    /** The version of the published scan rules they come from; absent on scans judged before the rules were published. */
    readonly rulesVersion?: number;
    /** The lots the scan saw (`lotsScanned`), so their records need not read the guide; absent on scans recorded before it was carried. */
    readonly lotIds?: readonly string[];
    /** The case an immobilising scan holds the load under; absent on scans recorded before holds named the real case. */
    readonly caseId?: string;
  }
>;

/**
 * A scan observed before this one was recorded after it: this one's route was judged again on the places seen before it, and its
 * verdict changed. `results` are all its results now; a verdict that now immobilises holds the load under `caseId`.
 */
export type ScanVerdictRevised = Event<
  'ScanVerdictRevised',
  {
    readonly guideNumber: string;
    readonly scanId: string;
    readonly checkpoint: string;
    readonly authority: string;
    readonly observedAt: string;
    readonly previous: ShipmentVerdict;
    readonly verdict: ShipmentVerdict;
    readonly results: readonly CheckResult[];
    /** The late scan that completed the picture. */
    readonly reason: { readonly scanId: string; readonly checkpoint: string; readonly observedAt: string };
    readonly lotIds: readonly string[];
    readonly caseId?: string;
    /** When the late scan was recorded. */
    readonly at: string;
  }
>;

export type GuideEvent =
  | GuideIssuanceRequested
  | GuideIssued
  | GuideIssuanceRefused
  | GuideAnnulled
  | GuideExpired
  | GuideDelivered
  | ShipmentScanned
  | ScanVerdictRevised
  | GuideReleased
  | GuideTransshipped;
