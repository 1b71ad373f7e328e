import type { Projection } from '#projections';
import { type RecordedEvent, roundVolume, toCubicMetres } from '#shared-kernel';
import type { GuideAnnulled, GuideIssued } from '../../domain/guide.events.js';
import { countedName, nameKey, tidyName } from '../../domain/guide.names.js';

/** A guide issued for a permit's plan, with what it moves per species: what a scan of another guide counts as already moved. */
export type PlanGuideRow = {
  readonly number: string;
  readonly permitId: string;
  readonly planId: string;
  readonly issuedAt: string;
  readonly annulledAt?: string;
  /** Lines of one name summed, in m³. */
  readonly species: readonly { readonly name: string; readonly m3: number }[];
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
  const perName = new Map<string, { name: string; m3: number }>();
  for (const line of lines) {
    const name = countedName(line);
    const key = nameKey(name);
    const summed = perName.get(key) ?? { name: tidyName(name), m3: 0 };
    perName.set(key, { ...summed, m3: roundVolume(summed.m3 + toCubicMetres(line.volume)) });
  }
  return { number, permitId: origin.permitId, planId: origin.planId, issuedAt, species: [...perName.values()] };
}

/** A plan guide as scans count it: its instants and name keys worked out once per read of the plan, not at every scan. */
export interface PlanGuideMoves {
  readonly number: string;
  readonly issuedMs: number;
  readonly annulledMs?: number;
  readonly species: readonly { readonly key: string; readonly m3: number }[];
}

export function planGuideMoves(rows: readonly PlanGuideRow[]): PlanGuideMoves[] {
  return rows.map(({ number, issuedAt, annulledAt, species }) => ({
    number,
    issuedMs: Date.parse(issuedAt),
    ...(annulledAt === undefined ? {} : { annulledMs: Date.parse(annulledAt) }),
    species: species.map(({ name, m3 }) => ({ key: nameKey(name), m3 })),
  }));
}

/**
 * m³ per species (keyed by name, case and spacing ignored) moved under the plan's other guides as they stood at
 * `observedAt`: issued by then and not annulled by then. An annulled guide moved nothing; expiry or delivery do not undo a move.
 */
export function movedByOtherGuides(guides: readonly PlanGuideMoves[], guideNumber: string, observedAt: string): ReadonlyMap<string, number> {
  const at = Date.parse(observedAt);
  const moved = new Map<string, number>();
  for (const guide of guides) {
    if (guide.number === guideNumber || guide.issuedMs > at) continue;
    if (guide.annulledMs !== undefined && guide.annulledMs <= at) continue;
    for (const { key, m3 } of guide.species) moved.set(key, roundVolume((moved.get(key) ?? 0) + m3));
  }
  return moved;
}
