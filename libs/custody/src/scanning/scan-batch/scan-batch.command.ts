import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { ScanBatchDto } from './scan-batch.dto.js';
import type { ScanBatchAnswer } from './scan-batch.answer.js';

/** Judge and record a checkpoint's offline upload of scans, each as if sent on its own. */
export class ScanBatchCommand extends Command<ScanBatchAnswer> {
  constructor(
    readonly checkpoint: string,
    readonly body: ScanBatchDto,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}
