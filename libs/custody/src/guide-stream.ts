import { type CommandEnvelope, fold, handleCommand, type RecordedEvent, type StreamStore, readStreamOrEmpty } from '#shared-kernel';
import type { IssuedGuide } from './domain/guide.js';
import type { GuideCommand } from './domain/guide.commands.js';
import { guideDecider } from './domain/guide.decider.js';
import { GuideNotFound } from './domain/guide.errors.js';
import type { GuideEvent } from './domain/guide.events.js';
import type { GuideState } from './domain/guide.state.js';

export function guideStreamId(guideNumber: string): string {
  return `guide-${guideNumber}`;
}

/** A guide's recorded events, typed as the guide's. */
export type RecordedGuideEvent = RecordedEvent<GuideEvent['type']> & GuideEvent;

export async function readGuideHistory(store: StreamStore, guideNumber: string): Promise<readonly RecordedGuideEvent[]> {
  return (await readStreamOrEmpty(store, guideStreamId(guideNumber))) as unknown as readonly RecordedGuideEvent[];
}

export async function loadGuideState(store: StreamStore, guideNumber: string): Promise<GuideState> {
  return fold(guideDecider, await readGuideHistory(store, guideNumber));
}

/** The guide as issued; 404 `guide_not_found` when no guide was issued under the number. */
export async function loadIssuedGuide(store: StreamStore, guideNumber: string): Promise<IssuedGuide> {
  const { issued } = await loadGuideState(store, guideNumber);
  if (!issued) throw new GuideNotFound();
  return issued;
}

export function onGuide(store: StreamStore, guideNumber: string, envelope: CommandEnvelope<GuideCommand>) {
  return handleCommand(store, guideDecider, guideStreamId(guideNumber), envelope);
}

/** When a closing command says the guide closed: as recorded the first time, on a retry; `now` when it recorded nothing. */
export function closedAt(events: readonly { readonly type: string; readonly data: unknown }[], now: string): string {
  const closure = events.find((event) => ['GuideAnnulled', 'GuideExpired', 'GuideDelivered'].includes(event.type));
  return (closure?.data as { at: string } | undefined)?.at ?? now;
}
