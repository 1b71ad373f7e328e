import { type Actor, fold, type Quantity } from '#shared-kernel';
import { recipientPlace } from '../domain/lot.disposal.js';
import type { ConfiscatedOrigin, LotPlace, LotShare, ProductType } from '../domain/lot.js';
import { lotDecider, type RecordedLotEvent } from '../domain/lot.decider.js';
import type { LotEvent } from '../domain/lot.events.js';
import type { Lot, LotHold } from '../domain/lot.state.js';
import type { SeizedPiece } from '../domain/piece-list.js';
import { inMeasure, lotMeasure } from '../domain/lot.volume.js';
import { keeperOf, keptAt } from '../lot-access.js';
import { party } from '../read-access.js';

/** Closed first (nothing is left), then held, then where it is. */
export type LotStatus = 'consumed' | 'split' | 'merged' | 'confiscated' | 'immobilised' | 'on_guide' | 'resting';

/** A lot's current state, without its history. */
export interface LotSummary {
  readonly lotId: string;
  readonly species: string;
  readonly productType: ProductType;
  /** What remains, in m³, or in kg for a non-timber product traded by weight. */
  readonly volume: Quantity;
  readonly status: LotStatus;
  /** Where it rests, or, on the road, where it left from. */
  readonly place: LotPlace;
  /** Who keeps it: the permit holder of a yard, the processor of a facility. */
  readonly keeper: { readonly role: string; readonly organisation: string };
  /** The open guide it travels under. */
  readonly guideNumber?: string;
  /** The guide it arrived under, while it rests where it was delivered. */
  readonly deliveredUnder?: string;
  readonly hold: LotHold;
  /** Lineage one level up and down, each with the m³ (or kg) that passed. */
  readonly parents: readonly LotShare[];
  readonly children: readonly LotShare[];
  /** Transformations that consumed part of it (their product lots name it as a parent). */
  readonly consumedBy: readonly string[];
  /** Set once the authority auctioned or donated the lot after confiscating it. */
  readonly confiscatedOrigin?: ConfiscatedOrigin;
}

/** One fact of the lot's stream, as recorded. */
export interface LotHistoryEntry {
  readonly position: number;
  readonly type: LotEvent['type'];
  readonly data: LotEvent['data'];
  readonly actor: Actor;
  /** When it happened in the world. */
  readonly occurredAt: string;
  /** When the store recorded it. */
  readonly recordedAt: string;
}

export interface LotView extends LotSummary {
  /** The pieces a checkpoint seized by their codes into this lot. */
  readonly seizedPieces?: readonly SeizedPiece[];
  readonly history: readonly LotHistoryEntry[];
}

export function lotSummary(lot: Lot): LotSummary {
  const { whereabouts } = lot;
  const place = keptAt(lot);
  return {
    lotId: lot.lotId,
    species: lot.species,
    productType: lot.productType,
    volume: inMeasure(lot.remaining, lotMeasure(lot)),
    status: statusOf(lot),
    place,
    keeper: keeperOf(place),
    ...(whereabouts.kind === 'on_guide' ? { guideNumber: whereabouts.guideNumber } : {}),
    ...(whereabouts.kind === 'resting' && whereabouts.deliveredUnder !== undefined ? { deliveredUnder: whereabouts.deliveredUnder } : {}),
    hold: lot.hold,
    parents: lot.parents,
    children: lot.children,
    consumedBy: lot.consumedBy,
    ...(lot.confiscatedOrigin ? { confiscatedOrigin: lot.confiscatedOrigin } : {}),
  };
}

/** The live read model: the lot's stream folded, with every event of it; undefined before the lot's first fact. */
export function lotView(history: readonly RecordedLotEvent[]): LotView | undefined {
  const lot = fold(lotDecider, history);
  if (!lot) return undefined;
  const seizedPieces = history.find((event) => event.type === 'LotSeized')?.data.seizedPieces;
  return {
    ...lotSummary(lot),
    ...(seizedPieces ? { seizedPieces } : {}),
    history: history.map((event) => ({
      position: event.streamPosition,
      type: event.type,
      data: event.data,
      actor: event.metadata.actor,
      occurredAt: event.metadata.occurredAt,
      recordedAt: new Date(event.recordedAt).toISOString(),
    })),
  };
}

/** Whoever kept the lot at any time, or had it delivered or transformed at their facility, as `role:organisation`. */
export function lotParties(history: readonly LotEvent[]): string[] {
  const places = history.flatMap((event): LotPlace[] => {
    switch (event.type) {
      case 'LotExtracted':
        return [{ kind: 'holder', holderTaxId: event.data.holderTaxId }];
      case 'ProductLotCreated':
      case 'LotDelivered':
      case 'LotConsumed':
        return [{ kind: 'facility', facilityId: event.data.facilityId }];
      case 'ChildLotCreated':
      case 'LotSplit':
        return [event.data.place];
      case 'LotDispatched':
        return [event.data.from];
      case 'ConfiscatedLotDisposed':
        return [recipientPlace(event.data.recipient)];
      default:
        return [];
    }
  });
  return [...new Set(places.map((place) => { const { role, organisation } = keeperOf(place); return party(role, organisation); }))];
}

/** Guides the lot was delivered under: an exporter reads the lots consigned to it. */
export function guidesDeliveredUnder(history: readonly LotEvent[]): string[] {
  return [...new Set(history.flatMap((event) => (event.type === 'LotDelivered' ? [event.data.guideNumber] : [])))];
}

function statusOf(lot: Lot): LotStatus {
  if (lot.closedBy !== undefined) return lot.closedBy;
  if (lot.hold.kind !== 'none') return lot.hold.kind;
  return lot.whereabouts.kind === 'on_guide' ? 'on_guide' : 'resting';
}
