import type { RecordTransshipment } from './guide.commands.js';
import { openGuide, timeProblems } from './guide.closure.js';
import type { GuideTransshipped } from './guide.events.js';
import { positionProblems, problem, type Problem, textProblems } from './guide.problems.js';
import type { GuideState } from './guide.state.js';
import { isBefore } from './guide.time.js';

/** Lots of an open guide, not held, go on under another truck: at a time between the departure and now, within the validity. */
export function recordTransshipment({ data }: RecordTransshipment, state: GuideState): GuideTransshipped[] {
  const { recordedAt, ...transshipment } = data;
  const onGuide = new Set(state.issued?.lines.map((line) => line.lotId));
  const problems: Problem[] = [
    ...(data.lots.length === 0 ? [problem('lots', 'no_lots')] : []),
    ...data.lots.flatMap((lotId, index) => (onGuide.has(lotId) ? [] : [problem(`lots[${index}]`, 'not_on_guide')])),
    ...textProblems('plate', data.plate),
    ...textProblems('driver.id', data.driver.id),
    ...textProblems('driver.licence', data.driver.licence),
    ...positionProblems('position', data.position),
    ...transshipmentTimeProblems(state, data.at, recordedAt),
  ];
  const guide = openGuide(state, problems);
  return [{ type: 'GuideTransshipped', data: { number: guide.number, ...transshipment } }];
}

function transshipmentTimeProblems(state: GuideState, at: string, recordedAt: string): Problem[] {
  const problems = timeProblems(state, at);
  if (problems.length > 0 || !state.issued) return problems;
  if (!isBefore(at, state.issued.expiresAt)) return [problem('at', 'after_expiry')];
  return isBefore(recordedAt, at) ? [problem('at', 'in_the_future')] : [];
}
