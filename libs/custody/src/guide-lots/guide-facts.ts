import type { EventToAppend } from '#shared-kernel';
import type { GuideEvent } from '../domain/guide.events.js';
import { type Fact, factIn } from '../recorded-fact.js';
import { guideStream } from '../domain/guide.decider.js';

/** A fact of a guide's stream, as the guide's lots follow it. */
export type GuideFact<T extends GuideEvent['type'] = GuideEvent['type']> = Fact<GuideEvent, T>;

/** The fact a guide command just recorded (or recorded the first time), as its lots will follow it. */
export function guideFact<T extends GuideEvent['type']>(guideNumber: string, events: readonly Pick<EventToAppend, 'id' | 'type' | 'data' | 'metadata'>[], type: T): GuideFact<T> | undefined {
  return factIn<GuideEvent, T>(guideStream.streamId(guideNumber), events, type);
}

/** A step on one lot of a guide that the lot refused: what the answer reports instead of failing the whole. */
export interface LotRefusal {
  readonly lotId: string;
  readonly error: string;
  readonly message: string;
}

export interface LotsOutcome {
  readonly done: readonly string[];
  readonly refused: readonly LotRefusal[];
}
