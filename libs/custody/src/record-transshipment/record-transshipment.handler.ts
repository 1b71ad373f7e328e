import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import { type StreamStore, uuidFromName } from '#shared-kernel';
import type { RecordTransshipment } from '../domain/guide.commands.js';
import { guideStream } from '../domain/guide.decider.js';
import { assertMayIssue } from '../guide-access.js';
import { loadIssuedGuide } from '../issued-guide.js';
import { RecordTransshipmentCommand } from './record-transshipment.command.js';
import type { TransshipmentResponse } from './transshipment.response.js';

/** The guide's issuer says which lots went on in which truck, with whom, where and when; scans of that truck count from then. */
@CommandHandler(RecordTransshipmentCommand)
export class RecordTransshipmentHandler implements ICommandHandler<RecordTransshipmentCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ guideNumber, body, actor, idempotencyKey }: RecordTransshipmentCommand): Promise<TransshipmentResponse> {
    const guide = await loadIssuedGuide(this.store, guideNumber);
    assertMayIssue(actor, guide);
    const { id, requestDigest } = commandIdFor(`custody/transshipments/${guideNumber}`, actor, idempotencyKey, body);
    const now = new Date().toISOString();
    const { lots, plate, driver, position, at } = body;
    const command: RecordTransshipment = { type: 'RecordTransshipment', data: { lots: [...lots], plate, driver: { id: driver.id, licence: driver.licence }, position, at, recordedAt: now } };
    const { events } = await guideStream.handle(this.store, guideNumber, { id: uuidFromName(`${id}/transship`), command, actor, occurredAt: now, correlationId: id, requestDigest });
    const recorded = events.find((event) => event.type === 'GuideTransshipped');
    if (!recorded) throw new Error(`Transshipment of guide ${guideNumber} recorded ${events.map((event) => event.type).join(', ')}`);
    return recorded.data as TransshipmentResponse;
  }
}
