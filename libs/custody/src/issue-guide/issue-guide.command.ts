import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { IssuedGuide } from '../domain/guide.js';
import type { IssueGuideDto } from './issue-guide.dto.js';

/** Issue a transport guide, dispatching each of its lots under it. */
export class IssueGuideCommand extends Command<IssuedGuide> {
  constructor(
    readonly body: IssueGuideDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
