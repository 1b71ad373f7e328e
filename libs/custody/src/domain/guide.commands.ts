import type { Command } from '#shared-kernel';
import type { IssuedGuide } from './guide.js';
import type { ScanObservation } from './scan-checks/scan-context.js';
import type { ScanFacts } from './scan-checks/scan-facts.js';

/** Records a registered guide; its lots were dispatched under it first. */
export type IssueGuide = Command<'IssueGuide', IssuedGuide>;

export type AnnulGuide = Command<'AnnulGuide', { readonly reason: string; readonly at: string }>;

/** Closes a guide whose validity ran out, at or after its expiry. */
export type ExpireGuide = Command<'ExpireGuide', { readonly at: string }>;

/** The load arrived at the guide's destination facility. */
export type DeliverGuide = Command<'DeliverGuide', { readonly facilityId: string; readonly at: string }>;

/** A checkpoint's scan of a load under a guide number, with the facts the handler gathered to judge it. */
export type ScanShipment = Command<'ScanShipment', ScanObservation & { readonly facts: ScanFacts }>;

export type GuideCommand = IssueGuide | AnnulGuide | ExpireGuide | DeliverGuide | ScanShipment;
