import type { HeldAmount } from './held-amount.js';

/**
 * Where an infraction case stands in the administrative sanctioning procedure (Law 27444, DS 007-2021-MIDAGRI):
 * detected → charged → defence submitted → instructed → final report notified → resolved → under review → final.
 */
export const CASE_STATUSES = ['detected', 'charged', 'defence_submitted', 'instructed', 'final_report_notified', 'resolved', 'under_review', 'final'] as const;

export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What raised the case: a flagged checkpoint scan, a guide a permit could not count, a transformation over yield, or an inspector by hand. */
export type CaseSource =
  | { readonly kind: 'scan'; readonly scanId: string; readonly checkpoint: string; readonly guideNumber: string; readonly load?: LoadSeen }
  | { readonly kind: 'guide_count'; readonly permitId: string; readonly planId: string; readonly guideNumber: string }
  | { readonly kind: 'transformation'; readonly facilityId: string; readonly transformationId: string; readonly reason: string }
  | Inspection;

/** A flagged scan's findings custody no longer stands by: judged again on the trip completed by a scan observed before it. */
export interface ScanFindingsWithdrawal {
  readonly caseId: string;
  readonly scanId: string;
  /** The scan observed earlier and recorded later that completed the trip. */
  readonly revisedBy: { readonly scanId: string; readonly checkpoint: string; readonly observedAt: string };
  /** The scan's verdict now: `cleared` or `observations`. */
  readonly verdict: string;
  readonly at: string;
}

/** `[longitude, latitude]` in decimal degrees, as GeoJSON orders them. */
export type Coordinates = readonly [number, number];

/** Where an inspector found the facts: a name (a road's km, a yard), a GPS position, or both. */
export interface Place {
  readonly name?: string;
  readonly position?: Coordinates;
}

/** An officer present when the facts were recorded: at a joint control, customs (SUNAT), police (PNP) or a prosecutor (FEMA) too. */
export interface Participant {
  readonly name: string;
  readonly institution: string;
  readonly role: string;
}

/** What an inspector gathered on the spot, to be weighed by the instructor and shown to the party. */
export interface Evidence {
  /** SHA-256 of each photo, in hex: the photo itself is kept outside the case. */
  readonly photos: readonly string[];
  readonly scaleTickets: readonly { readonly number: string; readonly weightKg: number }[];
  readonly positions: readonly { readonly position: Coordinates; readonly at: string }[];
  readonly witnesses: readonly { readonly name: string; readonly documentId: string; readonly role: string }[];
}

/** An inspector's report (acta): where, who was present, and what was gathered, beside its findings. */
export interface Inspection {
  readonly kind: 'inspection';
  /** The officer who recorded it. */
  readonly inspector: string;
  readonly place: Place;
  readonly participants: readonly Participant[];
  readonly evidence: Evidence;
}

/** Pieces and m³ (as a decimal string) of one species; kg instead for a product traded by weight. */
export type LoadLine = { readonly species: string; readonly pieces: number } & HeldAmount;

/** A stopped load as the guide declared it, as the checkpoint saw it, and the lots seized of what the guide did not cover. */
export interface LoadSeen {
  readonly declared: readonly LoadLine[];
  readonly observed: readonly LoadLine[];
  readonly seized: readonly (LoadLine & { readonly lotId: string; readonly basis: string })[];
}

/** One rule broken, as the check or the inspector recorded it. */
export interface Finding {
  readonly rule: string;
  readonly message: string;
  readonly expected?: unknown;
  readonly observed?: unknown;
  /** When the facts happened: a case is judged by the catalogue in force then. */
  readonly at: string;
}

/** Whom the case is about, as far as the facts name them. */
export interface Subject {
  readonly holderTaxId?: string;
  /** The processing facility the facts happened at: its processor reads the case and answers it. */
  readonly facilityId?: string;
  readonly permitId?: string;
  readonly guideNumber?: string;
  readonly plate?: string;
  readonly driverId?: string;
}

export type Outcome = 'sanction' | 'dismissal';

/** A conduct of the infraction catalogue as charged: as the version in force on the date of the facts had it. */
export interface ChargedConduct {
  readonly code: string;
  readonly conduct: string;
  readonly legalReference: string;
  readonly class: 'leve' | 'grave' | 'muy_grave';
  /** The band the fine must lie in, UIT as decimal strings, both ends included. */
  readonly fineUit: { readonly min: string; readonly max: string };
  /** The complementary measures the conduct allows. */
  readonly measures: readonly string[];
}

/** A case's class: the gravest of the conducts charged, least grave first; `uncharged` until charges are notified. */
export const CASE_CLASSES = ['uncharged', 'leve', 'grave', 'muy_grave'] as const;
export type CaseClass = (typeof CASE_CLASSES)[number];

export function gravestClass(conducts: readonly Pick<ChargedConduct, 'class'>[]): CaseClass {
  return conducts.reduce<CaseClass>((found, { class: gravity }) => (CASE_CLASSES.indexOf(gravity) > CASE_CLASSES.indexOf(found) ? gravity : found), 'uncharged');
}

/** Reconsideration goes back to the body that resolved; an appeal to its superior (OSINFOR's to its tribunal). */
export type ReviewKind = 'reconsideration' | 'appeal';
