import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import type { StreamStore } from '#shared-kernel';
import { assertActsForAuthority } from '../case-access.js';
import type { CaseSummary } from '../case-file/case-file.response.js';
import { caseOfInspection } from '../case-ids.js';
import type { RecordFindings } from '../domain/case.commands.js';
import { caseStream } from '../domain/case.decider.js';
import { findingsOf, inspectionOf } from './inspection-report.js';
import { AddFindingsCommand, OpenCaseCommand } from './open-case.command.js';

@CommandHandler(OpenCaseCommand)
export class OpenCaseHandler implements ICommandHandler<OpenCaseCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ body, actor, idempotencyKey }: OpenCaseCommand): Promise<CaseSummary> {
    const now = new Date().toISOString();
    const findings = findingsOf(body, now);
    const { id, requestDigest } = commandIdFor('sanctions/cases', actor, idempotencyKey, body);
    // Named after the request: a retry with the same key reaches the same case and is answered as first recorded.
    const caseId = caseOfInspection(id);
    const { holderTaxId, permitId, guideNumber, plate, driverId } = body.subject;
    const subject = Object.fromEntries(Object.entries({ holderTaxId, permitId, guideNumber, plate, driverId }).filter(([, value]) => value !== undefined));
    const command: RecordFindings = {
      type: 'RecordFindings',
      data: { caseId, authority: actor.organisation, source: inspectionOf(body, actor), subject, lots: body.lots ?? [], findings },
    };
    const { state } = await caseStream.handle(this.store, caseId, { id, command, actor, occurredAt: now, requestDigest });
    return state!;
  }
}

@CommandHandler(AddFindingsCommand)
export class AddFindingsHandler implements ICommandHandler<AddFindingsCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ caseId, body, actor, idempotencyKey }: AddFindingsCommand): Promise<CaseSummary> {
    const now = new Date().toISOString();
    const findings = findingsOf(body, now);
    const found = await caseStream.loadExisting(this.store, caseId);
    assertActsForAuthority(actor, found);
    const { id, requestDigest } = commandIdFor(`sanctions/findings/${caseId}`, actor, idempotencyKey, body);
    const command: RecordFindings = {
      type: 'RecordFindings',
      data: { caseId, authority: found.authority, source: inspectionOf(body, actor), subject: found.subject, lots: body.lots ?? [], findings },
    };
    const { state } = await caseStream.handle(this.store, caseId, { id, command, actor, occurredAt: now, requestDigest });
    return state!;
  }
}
