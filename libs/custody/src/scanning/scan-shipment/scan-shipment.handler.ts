import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertActs, Role } from '#auth';
import type { ScanAnswer } from './scan-answer.js';
import { ShipmentScanner } from './shipment-scanner.js';
import { ScanShipmentCommand } from './scan-shipment.command.js';

@CommandHandler(ScanShipmentCommand)
export class ScanShipmentHandler implements ICommandHandler<ScanShipmentCommand> {
  constructor(private readonly scanner: ShipmentScanner) {}

  execute({ checkpoint, body, actor }: ScanShipmentCommand): Promise<ScanAnswer> {
    assertActs(actor, { role: Role.CheckpointOperator, organisation: checkpoint }, 'scan at');
    return this.scanner.scan(checkpoint, body, actor, new Date());
  }
}
