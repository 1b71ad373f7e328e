import type { Projection } from '#projections';
import { type Measure, type RecordedEvent, roundVolume } from '#shared-kernel';
import type { GuideAnnulled, GuideIssued } from '../../domain/guide.events.js';
import { nameKey } from '../../domain/guide.names.js';
import { speciesTotals } from '../../domain/guide.species-totals.js';

/** What a guide moved of one name: in m³, or in kg (never in a field named m3) for a product traded by weight. */
export type PlanGuideSpecies = { readonly name: string; readonly m3: number } | { readonly name: string; readonly kg: number };

/** A guide issued for a permit's plan, with what it moves per species: what a scan of another guide counts as already moved. */
export type PlanGuideRow = {
  readonly number: string;
  readonly permitId: string;
  readonly planId: string;
  readonly issuedAt: string;
  readonly annulledAt?: string;
  /** Lines of one name and measure summed, in its base unit. */
  readonly species: readonly PlanGuideSpecies[];
};

type PlanGuideEvent = (GuideIssued | GuideAnnulled) & RecordedEvent;

/** Async: the guides of every plan, from custody's own guide streams. */
export const planGuidesProjection: Projection<PlanGuideRow, PlanGuideEvent> = {
  name: 'custody_plan_guides',
  lifecycle: 'async',
  version: 1,
  eventTypes: ['GuideIssued', 'GuideAnnulled'] satisfies PlanGuideEvent['type'][],
  lookups: [['permitId', 'planId']],
  keys: (event) => (event.streamId.startsWith('guide-') ? [(event.data as { number: string }).number] : []),
  evolve: evolvePlanGuide,
};

function evolvePlanGuide(row: PlanGuideRow | undefined, event: PlanGuideEvent): PlanGuideRow | null {
  if (event.type === 'GuideAnnulled') return row ? { ...row, annulledAt: event.data.at } : null;
  const { number, origin, issuedAt, lines } = event.data;
  if (origin.kind !== 'permit') return null;
  const species = speciesTotals(lines).map(({ species: name, measure, amount }) => (measure === 'weight' ? { name, kg: amount } : { name, m3: amount }));
  return { number, permitId: origin.permitId, planId: origin.planId, issuedAt, species };
}

/** A plan guide as scans count it: its instants and name keys worked out once per read of the plan, not at every scan. */
export interface PlanGuideMoves {
  readonly number: string;
  readonly issuedMs: number;
  readonly annulledMs?: number;
  /** Keyed by name and measure (`movedKey`), in the measure's base unit. */
  readonly species: readonly { readonly key: string; readonly amount: number }[];
}

/** What moved of a species is counted per measure: m³ and kg are never added. */
export function movedKey(name: string, measure: Measure): string {
  return `${nameKey(name)}|${measure}`;
}

export function planGuideMoves(rows: readonly PlanGuideRow[]): PlanGuideMoves[] {
  return rows.map(({ number, issuedAt, annulledAt, species }) => ({
    number,
    issuedMs: Date.parse(issuedAt),
    ...(annulledAt === undefined ? {} : { annulledMs: Date.parse(annulledAt) }),
    species: species.map((moved) => ('kg' in moved ? { key: movedKey(moved.name, 'weight'), amount: moved.kg } : { key: movedKey(moved.name, 'volume'), amount: moved.m3 })),
  }));
}

/**
 * m³ or kg per species and measure (keyed by `movedKey`, case and spacing ignored) moved under the plan's other guides as they stood at
 * `observedAt`: issued by then and not annulled by then. An annulled guide moved nothing; expiry or delivery do not undo a move.
 */
export function movedByOtherGuides(guides: readonly PlanGuideMoves[], guideNumber: string, observedAt: string): ReadonlyMap<string, number> {
  const at = Date.parse(observedAt);
  const moved = new Map<string, number>();
  for (const guide of guides) {
    if (guide.number === guideNumber || guide.issuedMs > at) continue;
    if (guide.annulledMs !== undefined && guide.annulledMs <= at) continue;
    for (const { key, amount } of guide.species) moved.set(key, roundVolume((moved.get(key) ?? 0) + amount));
  }
  return moved;
}
