import type { IssueGuide } from './guide.commands.js';
import { GuideAlreadyIssued, GuideNumberSeenBeforeIssue, InvalidGuide } from './guide.errors.js';
import type { GuideIssued } from './guide.events.js';
import type { GuideState } from './guide.state.js';
import { guideProblems } from './guide.validation.js';

export function issueGuide({ data }: IssueGuide, state: GuideState): GuideIssued[] {
  if (state.issued) throw new GuideAlreadyIssued(state.issued.number, state.issued.issuedAt);
  const [first] = state.scans;
  if (first) throw new GuideNumberSeenBeforeIssue(data.number, state.scans.length, first.observedAt);
  const problems = guideProblems(data);
  if (problems.length > 0) throw new InvalidGuide(data.number, problems);
  return [{ type: 'GuideIssued', data }];
}
