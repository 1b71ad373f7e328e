import type { Projection } from '#projections';
import type { Quantity } from '#shared-kernel';
import type { ConsigneeKind } from '../domain/guide.js';
import type { GuideEvent, GuideIssued } from '../domain/guide.events.js';
import { speciesTotals, totalQuantity } from '../domain/guide.species-totals.js';
import { guideParties } from '../guide-access.js';

export type GuideListStatus = 'open' | 'delivered' | 'annulled' | 'expired';

/** One guide as lists and the expiry sweep need it. */
export type GuideListRow = {
  readonly number: string;
  readonly status: GuideListStatus;
  readonly holderTaxId: string;
  readonly issuerTaxId: string;
  readonly origin: { readonly kind: 'permit'; readonly permitId: string; readonly planId: string } | { readonly kind: 'processor'; readonly processorId: string };
  readonly destinationFacilityId: string;
  readonly consignee: { readonly taxId: string; readonly kind: ConsigneeKind };
  readonly checkpoints: readonly string[];
  readonly lots: readonly string[];
  /** What it carries per species and measure: in m³, or in kg for a product traded by weight. */
  readonly load: readonly { readonly species: string; readonly volume: Quantity }[];
  readonly issuedAt: string;
  readonly expiresAt: string;
  /** `expiresAt` in UTC, so that text order is time order in queries. */
  readonly expiresAtUtc: string;
  readonly closedAt?: string;
  /** Who may list it besides regulators, as `role:organisation`. */
  readonly parties: readonly string[];
};

type ListedEvent = Extract<GuideEvent, { type: 'GuideIssued' | 'GuideAnnulled' | 'GuideExpired' | 'GuideDelivered' }>;

/** Every guide issued, with its status, for lists by holder, destination or checkpoint and for finding guides past expiry. */
export const guideListProjection: Projection<GuideListRow, ListedEvent> = {
  name: 'custody_guides',
  lifecycle: 'async',
  // 2: rows carry the load per species and measure.
  version: 2,
  eventTypes: ['GuideIssued', 'GuideAnnulled', 'GuideExpired', 'GuideDelivered'] satisfies ListedEvent['type'][],
  keys: (event) => (event.streamId.startsWith('guide-') ? [(event.data as { number: string }).number] : []),
  evolve: evolveGuideRow,
};

function evolveGuideRow(row: GuideListRow | undefined, event: ListedEvent): GuideListRow | null {
  if (event.type === 'GuideIssued') return issuedRow(event);
  if (!row) return null;
  switch (event.type) {
    case 'GuideAnnulled':
      return { ...row, status: 'annulled', closedAt: event.data.at };
    case 'GuideExpired':
      return { ...row, status: 'expired', closedAt: event.data.at };
    case 'GuideDelivered':
      return { ...row, status: 'delivered', closedAt: event.data.at };
    default:
      return unreachable(event);
  }
}

function issuedRow({ data: guide }: GuideIssued): GuideListRow {
  const { origin } = guide;
  return {
    number: guide.number,
    status: 'open',
    holderTaxId: guide.holderTaxId,
    issuerTaxId: guide.issuerTaxId,
    origin: origin.kind === 'permit' ? { kind: 'permit', permitId: origin.permitId, planId: origin.planId } : { kind: 'processor', processorId: origin.processorId },
    destinationFacilityId: guide.destination.facilityId,
    consignee: { taxId: guide.consignee.taxId, kind: guide.consignee.kind },
    checkpoints: guide.trajectory.checkpoints.map((checkpoint) => checkpoint.code),
    lots: guide.lines.map((line) => line.lotId),
    load: speciesTotals(guide.lines).map((total) => ({ species: total.species, volume: totalQuantity(total) })),
    issuedAt: guide.issuedAt,
    expiresAt: guide.expiresAt,
    expiresAtUtc: new Date(guide.expiresAt).toISOString(),
    parties: guideParties(guide),
  };
}

function unreachable(event: never): never {
  throw new Error(`Unknown guide event ${JSON.stringify(event)}`);
}
