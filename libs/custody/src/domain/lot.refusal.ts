import { type DomainError, refusalOf } from '#shared-kernel';
import type { LotCommand } from './lot.commands.js';
import type { LotStepRefused } from './lot.events.js';

/** What a step another use case or a process asked of the lot leaves on it when the lot refuses. */
export function lotStepRefused(lotId: string): (command: LotCommand, refusal: DomainError) => LotStepRefused {
  return (command, refusal) => ({ type: 'LotStepRefused', data: { lotId, step: command.type, refusal: refusalOf(refusal) } });
}
