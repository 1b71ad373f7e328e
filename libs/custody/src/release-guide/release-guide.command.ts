import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { GuideReleaseResponse } from './guide-release.response.js';
import type { ReleaseGuideDto } from './release-guide.dto.js';

/** Release a load a scan held: the guide's hold under the case, then each lot held under it. */
export class ReleaseGuideCommand extends Command<GuideReleaseResponse> {
  constructor(
    readonly guideNumber: string,
    readonly body: ReleaseGuideDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
