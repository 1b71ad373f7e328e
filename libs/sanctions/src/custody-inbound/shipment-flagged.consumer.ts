import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { LoadLineV1, ShipmentFlaggedV1, ShipmentVerdictRevisedV1 } from '#custody/integration';
import { EVENT_STORE } from '#event-store';
import { inboundEnvelope, type IntegrationMessage, MESSAGE_BUS, type MessageBus } from '#messaging';
import type { StreamStore } from '#shared-kernel';
import { caseOfLoad } from '../case-ids.js';
import type { LoadLine } from '../domain/case.js';
import type { RecordFindings, WithdrawScanFindings } from '../domain/case.commands.js';
import { caseStream } from '../domain/case.decider.js';
import { heldAmountOf } from '../domain/held-amount.js';

const SHIPMENT_FLAGGED_CONSUMER = 'sanctions.custody-inbound';

/** The failed checks of a flagged scan, as findings of the case of its load, with the checkpoint's authority. */
export function findingsOfScan({ data }: ShipmentFlaggedV1): RecordFindings {
  const { guideNumber, scanId, checkpoint, authority, lots, holderTaxId, plate, driverId, observedAt, failedChecks, load } = data;
  const findings = failedChecks.map(({ rule, message, expected, observed }) => ({ rule, message, expected, observed, at: observedAt }));
  const subject = { guideNumber, plate, driverId, ...(holderTaxId === undefined ? {} : { holderTaxId }) };
  const seen = load && { declared: load.declared.map(loadLine), observed: load.observed.map(loadLine), seized: load.seized.map((lot) => ({ ...loadLine(lot), lotId: lot.lotId, basis: lot.basis })) };
  const source = { kind: 'scan' as const, scanId, checkpoint, guideNumber, ...(seen ? { load: seen } : {}) };
  // The seized lots join the case with the guide's: what is confiscated and what released is chosen among them.
  const held = [...lots, ...(seen?.seized.map((lot) => lot.lotId) ?? [])];
  return { type: 'RecordFindings', data: { caseId: caseOfLoad(guideNumber), authority, source, subject, lots: held, findings } };
}

/** A revised scan that no longer immobilises withdraws the findings its flag gave the case of its load; any other revision leaves the case as it is. */
export function withdrawalOfRevision({ data }: ShipmentVerdictRevisedV1): WithdrawScanFindings | undefined {
  if (data.previous.verdict !== 'immobilise' || data.verdict === 'immobilise') return undefined;
  return { type: 'WithdrawScanFindings', data: { caseId: caseOfLoad(data.guideNumber), scanId: data.scanId, revisedBy: data.revisedBy, verdict: data.verdict, at: data.at } };
}

/** m³ of timber whatever unit the scan gave, kg of a product traded by weight. */
function loadLine({ species, pieces, volume }: LoadLineV1): LoadLine {
  return { species, pieces, ...heldAmountOf(volume) };
}

/**
 * Opens a case for every load a checkpoint flags, or adds a later scan's findings to it — from the first flag ever
 * recorded, since a new consumer reads the history — and withdraws a scan's findings when custody's revision clears it,
 * in custody's order, so a withdrawal never comes before its flag. A redelivered message has one effect: its command id
 * derives from it.
 */
@Injectable()
export class ShipmentFlaggedConsumer implements OnModuleInit {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
  ) {}

  onModuleInit(): void {
    this.bus.consume<ShipmentFlaggedV1 | ShipmentVerdictRevisedV1>({
      name: SHIPMENT_FLAGGED_CONSUMER,
      types: ['ShipmentFlagged', 'ShipmentVerdictRevised'],
      version: 1,
      handle: (message) => this.handle(message),
    });
  }

  async handle(message: IntegrationMessage<ShipmentFlaggedV1 | ShipmentVerdictRevisedV1>): Promise<void> {
    const command = message.type === 'ShipmentFlagged' ? findingsOfScan(message as IntegrationMessage<ShipmentFlaggedV1>) : withdrawalOfRevision(message as IntegrationMessage<ShipmentVerdictRevisedV1>);
    if (command) await caseStream.handle(this.store, command.data.caseId, inboundEnvelope(SHIPMENT_FLAGGED_CONSUMER, message, command));
  }
}
