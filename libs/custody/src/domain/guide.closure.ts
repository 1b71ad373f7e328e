import type { IssuedGuide } from './guide.js';
import type { AnnulGuide, DeliverGuide, ExpireGuide } from './guide.commands.js';
import { DeliveryAfterExpiry, DeliveryBeforeLastScan, GuideClosed, GuideNotFound, GuideNotYetExpired, InvalidGuideCommand, WrongDeliveryFacility } from './guide.errors.js';
import type { GuideAnnulled, GuideDelivered, GuideExpired } from './guide.events.js';
import { instantProblems, problem, type Problem, textProblems } from './guide.problems.js';
import { mustNotBeHeld } from './guide.holds.js';
import type { GuideState } from './guide.state.js';
import { isBefore } from './guide.time.js';

export function annulGuide({ data }: AnnulGuide, state: GuideState): GuideAnnulled[] {
  const guide = openGuide(state, [...textProblems('reason', data.reason), ...timeProblems(state, data.at)]);
  return [{ type: 'GuideAnnulled', data: { number: guide.number, reason: data.reason, at: data.at } }];
}

export function expireGuide({ data }: ExpireGuide, state: GuideState): GuideExpired[] {
  const guide = openGuide(state, timeProblems(state, data.at));
  if (isBefore(data.at, guide.expiresAt)) throw new GuideNotYetExpired(guide.number, guide.expiresAt, data.at);
  return [{ type: 'GuideExpired', data: { number: guide.number, expiresAt: guide.expiresAt, at: data.at } }];
}

/** Delivered when the facility says, between the departure and now, and not before the load was last seen on the road. */
export function deliverGuide({ data }: DeliverGuide, state: GuideState): GuideDelivered[] {
  const guide = openGuide(state, [...textProblems('facilityId', data.facilityId), ...deliveryTimeProblems(state, data)]);
  if (data.facilityId !== guide.destination.facilityId) throw new WrongDeliveryFacility(guide.number, guide.destination.facilityId, data.facilityId);
  if (!isBefore(data.at, guide.expiresAt)) throw new DeliveryAfterExpiry(guide.number, guide.expiresAt, data.at);
  const lastSeen = state.scans.at(-1)?.observedAt;
  if (lastSeen !== undefined && isBefore(data.at, lastSeen)) throw new DeliveryBeforeLastScan(guide.number, lastSeen, data.at);
  const lots = guide.lines.map((line) => line.lotId);
  return [{ type: 'GuideDelivered', data: { number: guide.number, facilityId: data.facilityId, lots, at: data.at } }];
}

/** An issued guide, the command well formed, not yet delivered, annulled or expired, and its load not held. */
export function openGuide(state: GuideState, problems: readonly Problem[]): IssuedGuide {
  const guide = state.issued;
  if (!guide) throw new GuideNotFound();
  if (problems.length > 0) throw new InvalidGuideCommand(guide.number, problems);
  if (state.closure) throw new GuideClosed(guide.number, state.closure);
  mustNotBeHeld(state, guide.number);
  return guide;
}

function deliveryTimeProblems(state: GuideState, { at, recordedAt }: DeliverGuide['data']): Problem[] {
  const problems = timeProblems(state, at, 'deliveredAt');
  return problems.length === 0 && isBefore(recordedAt, at) ? [problem('deliveredAt', 'in_the_future')] : problems;
}

/** A readable instant, not before the guide was issued. */
export function timeProblems(state: GuideState, at: string, path = 'at'): Problem[] {
  const format = instantProblems(path, at);
  if (format.length > 0 || !state.issued) return format;
  return isBefore(at, state.issued.issuedAt) ? [problem(path, 'before_issue')] : [];
}
