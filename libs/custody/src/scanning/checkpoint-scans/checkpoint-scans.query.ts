import { Query } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { CheckpointScansParams } from './checkpoint-scans.params.js';
import type { CheckpointScansResponse } from './checkpoint-scans.response.js';

/** Recent scans at a checkpoint, newest observation first, as its reader may see them. */
export class CheckpointScansQuery extends Query<CheckpointScansResponse> {
  constructor(
    readonly code: string,
    readonly params: CheckpointScansParams,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}
