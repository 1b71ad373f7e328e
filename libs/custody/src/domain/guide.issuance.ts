import type { IssueGuide, RefuseGuideIssuance, RequestGuideIssuance } from './guide.commands.js';
import { GuideAlreadyIssued, GuideIssuanceNotRequested, GuideIssuanceUnderway, GuideNumberSeenBeforeIssue, InvalidGuide } from './guide.errors.js';
import type { GuideIssuanceRefused, GuideIssuanceRequested, GuideIssued } from './guide.events.js';
import type { GuideState } from './guide.state.js';
import { guideProblems } from './guide.validation.js';

// Issuing spans the guide and its lots: the request takes the number first, each lot is dispatched under it,
// then the guide is issued — or refused, once the lots already dispatched were sent back.

export function requestGuideIssuance({ data }: RequestGuideIssuance, state: GuideState): GuideIssuanceRequested[] {
  if (state.issued) throw new GuideAlreadyIssued(state.issued.number, state.issued.issuedAt);
  if (state.requested) throw new GuideIssuanceUnderway(data.number);
  mustNotBeSeen(state, data.number);
  const problems = guideProblems(data);
  if (problems.length > 0) throw new InvalidGuide(data.number, problems);
  return [{ type: 'GuideIssuanceRequested', data }];
}

/** A scan of the number while its lots were dispatched refuses it too: a number seen on the road before issue is suspect. */
export function issueGuide({ data }: IssueGuide, state: GuideState): GuideIssued[] {
  if (state.issued) return [];
  if (!state.requested) throw new GuideIssuanceNotRequested(data.number);
  mustNotBeSeen(state, data.number);
  return [{ type: 'GuideIssued', data: state.requested }];
}

export function refuseGuideIssuance({ data }: RefuseGuideIssuance, state: GuideState): GuideIssuanceRefused[] {
  if (!state.requested) throw new GuideIssuanceNotRequested(data.number);
  return [{ type: 'GuideIssuanceRefused', data }];
}

function mustNotBeSeen(state: GuideState, number: string): void {
  const [first] = state.scans;
  if (first) throw new GuideNumberSeenBeforeIssue(number, state.scans.length, first.observedAt);
}
