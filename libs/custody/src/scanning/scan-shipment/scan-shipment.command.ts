import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { ScanAnswer } from './scan-answer.js';
import type { ScanShipmentDto } from './scan-shipment.dto.js';

/** Scan a load at a checkpoint: judge it against its guide, record the scan and answer the verdict. */
export class ScanShipmentCommand extends Command<ScanAnswer> {
  constructor(
    readonly checkpoint: string,
    readonly body: ScanShipmentDto,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}
