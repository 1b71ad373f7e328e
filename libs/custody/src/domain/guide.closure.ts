import type { IssuedGuide } from './guide.js';
import type { AnnulGuide, DeliverGuide, ExpireGuide } from './guide.commands.js';
import { DeliveryAfterExpiry, GuideClosed, GuideNotFound, GuideNotYetExpired, InvalidGuideCommand, WrongDeliveryFacility } from './guide.errors.js';
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

export function deliverGuide({ data }: DeliverGuide, state: GuideState): GuideDelivered[] {
  const guide = openGuide(state, [...textProblems('facilityId', data.facilityId), ...timeProblems(state, data.at)]);
  if (data.facilityId !== guide.destination.facilityId) throw new WrongDeliveryFacility(guide.number, guide.destination.facilityId, data.facilityId);
  if (!isBefore(data.at, guide.expiresAt)) throw new DeliveryAfterExpiry(guide.number, guide.expiresAt, data.at);
  const lots = guide.lines.map((line) => line.lotId);
  return [{ type: 'GuideDelivered', data: { number: guide.number, facilityId: data.facilityId, lots, at: data.at } }];
}

/** An issued guide, the command well formed, not yet delivered, annulled or expired, and its load not held. */
function openGuide(state: GuideState, problems: readonly Problem[]): IssuedGuide {
  const guide = state.issued;
  if (!guide) throw new GuideNotFound();
  if (problems.length > 0) throw new InvalidGuideCommand(guide.number, problems);
  if (state.closure) throw new GuideClosed(guide.number, state.closure);
  mustNotBeHeld(state, guide.number);
  return guide;
}

function timeProblems(state: GuideState, at: string): Problem[] {
  const format = instantProblems('at', at);
  if (format.length > 0 || !state.issued) return format;
  return isBefore(at, state.issued.issuedAt) ? [problem('at', 'before_issue')] : [];
}
