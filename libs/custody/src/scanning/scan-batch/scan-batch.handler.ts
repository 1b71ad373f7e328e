import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertActs, Role } from '#auth';
import { RequestValidationFailed, validationPipe } from '#http';
import { DomainError } from '#shared-kernel';
import { ScanShipmentDto } from '../scan-shipment/scan-shipment.dto.js';
import { ShipmentScanner } from '../scan-shipment/shipment-scanner.js';
import { observationOrder } from './batch-order.js';
import type { BatchItemAnswer, ScanBatchAnswer } from './scan-batch.answer.js';
import { ScanBatchCommand } from './scan-batch.command.js';

/**
 * An offline upload: every scan keeps its observation time and is recorded now, each judged as a scan sent on
 * its own would be, in observation order, so that a scan is never judged before one observed earlier in the
 * same upload. Each is refused alone (a field, or a client mistake the domain names); a resend answers the same.
 */
@CommandHandler(ScanBatchCommand)
export class ScanBatchHandler implements ICommandHandler<ScanBatchCommand> {
  private readonly validation = validationPipe();

  constructor(private readonly scanner: ShipmentScanner) {}

  async execute({ checkpoint, body, actor }: ScanBatchCommand): Promise<ScanBatchAnswer> {
    assertActs(actor, { role: Role.CheckpointOperator, organisation: checkpoint }, 'scan at');
    const now = new Date();
    const answers = new Map<number, BatchItemAnswer>();
    const valid: { index: number; scan: ScanShipmentDto; observedAt: string }[] = [];
    for (const [index, item] of body.scans.entries()) {
      try {
        const scan = (await this.validation.transform(item, { type: 'body', metatype: ScanShipmentDto })) as ScanShipmentDto;
        valid.push({ index, scan, observedAt: scan.observedAt });
      } catch (error) {
        answers.set(index, refused(index, error));
      }
    }
    const byIndex = new Map(valid.map((item) => [item.index, item.scan]));
    for (const index of observationOrder(valid)) {
      try {
        answers.set(index, { index, path: pathOf(index), outcome: 'judged', scan: await this.scanner.scan(checkpoint, byIndex.get(index)!, actor, now, pathOf(index)) });
      } catch (error) {
        answers.set(index, refused(index, error));
      }
    }
    return { checkpoint, results: body.scans.map((_, index) => answers.get(index)!) };
  }
}

function pathOf(index: number): string {
  return `scans.${index}`;
}

/** A client's mistake is that scan's answer; anything else is a fault of ours and fails the upload (a resend replays what was recorded). */
function refused(index: number, error: unknown): BatchItemAnswer {
  if (!(error instanceof DomainError)) throw error;
  const path = pathOf(index);
  const details =
    error instanceof RequestValidationFailed
      ? { ...error.details, fields: error.fields.map((field) => ({ ...field, path: field.path.startsWith(`${path}.`) ? field.path : [path, field.path].filter(Boolean).join('.') })) }
      : error.details;
  return { index, path, outcome: 'refused', refusal: { error: error.code, message: error.message, details } };
}
