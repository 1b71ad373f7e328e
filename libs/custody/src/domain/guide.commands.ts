import type { Command, Refusal } from '#shared-kernel';
import type { IssuedGuide, Transshipment } from './guide.js';
import type { ScanObservation } from './scan-checks/scan-context.js';
import type { ScanFacts } from './scan-checks/scan-facts.js';

/** Takes the number for a registered guide, before its lots are dispatched under it. */
export type RequestGuideIssuance = Command<'RequestGuideIssuance', IssuedGuide>;

/** Every lot of the requested guide was dispatched under it. */
export type IssueGuide = Command<'IssueGuide', { readonly number: string }>;

/** A lot refused to go under the requested guide, or the guide could not stand; its dispatched lots were sent back. */
export type RefuseGuideIssuance = Command<'RefuseGuideIssuance', { readonly number: string; readonly lotId?: string; readonly refusal: Refusal; readonly at: string }>;

/** A regulator lifts a scan's hold on the load. */
export type ReleaseGuide = Command<'ReleaseGuide', { readonly caseRef: string; readonly authority: string; readonly at: string }>;

export type AnnulGuide = Command<'AnnulGuide', { readonly reason: string; readonly at: string }>;

/** Closes a guide whose validity ran out, at or after its expiry. */
export type ExpireGuide = Command<'ExpireGuide', { readonly at: string }>;

/** The load arrived at the guide's destination facility at `at`, as the facility says; `recordedAt` is when it said so. */
export type DeliverGuide = Command<'DeliverGuide', { readonly facilityId: string; readonly at: string; readonly recordedAt: string }>;

/** The holder moved lots of the guide onto another truck at `at`; `recordedAt` is when it said so. */
export type RecordTransshipment = Command<'RecordTransshipment', Transshipment & { readonly recordedAt: string }>;

/** A checkpoint's scan of a load under a guide number, with the facts the handler gathered to judge it. */
export type ScanShipment = Command<'ScanShipment', ScanObservation & { readonly facts: ScanFacts }>;

export type GuideCommand = RequestGuideIssuance | IssueGuide | RefuseGuideIssuance | AnnulGuide | ExpireGuide | DeliverGuide | ScanShipment | ReleaseGuide | RecordTransshipment;
