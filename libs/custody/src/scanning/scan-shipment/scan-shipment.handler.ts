import { Injectable } from '@nestjs/common';
import { assertActs, type AuthenticatedActor, Role } from '#auth';
import type { ScanAnswer } from './scan-answer.js';
import type { ScanShipmentDto } from './scan-shipment.dto.js';
import { ShipmentScanner } from './shipment-scanner.js';

@Injectable()
export class ScanShipmentHandler {
  constructor(private readonly scanner: ShipmentScanner) {}

  handle(checkpoint: string, body: ScanShipmentDto, actor: AuthenticatedActor): Promise<ScanAnswer> {
    assertActs(actor, { role: Role.CheckpointOperator, organisation: checkpoint }, 'scan at');
    return this.scanner.scan(checkpoint, body, actor, new Date());
  }
}
