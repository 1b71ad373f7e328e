import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor } from '#http';
import { REFERENCE_DATA, type ReferenceData } from '#reference-data/integration';
import type { StreamStore } from '#shared-kernel';
import type { CaseSummary } from '../case-file/case-file.response.js';
import { CASE_CONDUCTS, type CaseConducts } from '../case-conducts.js';
import { CASE_DEADLINES, type CaseDeadlines } from '../case-deadlines.js';
import { CASE_LIST, type CaseList } from '../case-list/case-list.port.js';
import { peruDateOf } from '../domain/calendar/peru-date.js';
import type { InfractionCase } from '../domain/case.state.js';
import { caseStream } from '../domain/case.decider.js';
import type { CaseStepDto } from './case-step.dtos.js';
import { CaseStepCommand } from './case-step.command.js';
import { CASE_STEPS, type CaseStep } from './case-steps.js';
import { fineFactsOf, uitOf } from './fine-facts.js';

/** A case is judged by the catalogue in force when its facts happened: its first finding. */
function factsDate(found: InfractionCase): Date {
  return new Date(Math.min(...found.findings.map((finding) => Date.parse(finding.at))));
}

/** The instant of the first finding as it was written, so its Peru date is read from its own offset. */
function factsInstant(found: InfractionCase): string {
  return found.findings.reduce((first, finding) => (Date.parse(finding.at) < Date.parse(first.at) ? finding : first)).at;
}

@CommandHandler(CaseStepCommand)
export class CaseStepHandler implements ICommandHandler<CaseStepCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(CASE_DEADLINES) private readonly deadlines: CaseDeadlines,
    @Inject(CASE_CONDUCTS) private readonly catalogue: CaseConducts,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
    @Inject(CASE_LIST) private readonly cases: CaseList,
  ) {}

  async execute({ step, caseId, body, actor, idempotencyKey }: CaseStepCommand): Promise<CaseSummary> {
    const found = await caseStream.loadExisting(this.store, caseId);
    const rule = CASE_STEPS[step] as CaseStep<CaseStepDto>;
    rule.authorise(found, actor);
    const at = body.at ?? new Date().toISOString();
    const command = await rule.command({
      found,
      actor,
      body,
      at,
      dueAfter: (from, days) => this.deadlines.dueAfter(from, days),
      conducts: (codes) => this.catalogue.charged(codes, factsDate(found)),
      fineFacts: (species) =>
        fineFactsOf(this.reference, this.cases, {
          species,
          factsAt: factsDate(found),
          factsOn: peruDateOf(factsInstant(found)),
          resolvedAt: new Date(at),
          resolvedOn: peruDateOf(at),
          accusedTaxId: found.charges!.accusedTaxId,
        }),
      uitOf: (instant) => uitOf(this.reference, instant),
    });
    const { id, requestDigest } = commandIdFor(`sanctions/${step}/${caseId}`, actor, idempotencyKey, body);
    const { state } = await caseStream.handle(this.store, caseId, { id, command, actor, occurredAt: at, requestDigest });
    return state!;
  }
}
