import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { liveView } from '#projections';
import { REFERENCE_DATA, type ReferenceData } from '#reference-data/integration';
import { fold, type StreamStore } from '#shared-kernel';
import { assertMayRead } from '../case-access.js';
import { caseStream } from '../domain/case.decider.js';
import { CaseNotFound } from '../domain/case.errors.js';
import { speciesDisputeOf } from '../domain/case.identification.js';
import type { Finding } from '../domain/case.js';
import { standingFindings } from '../domain/case.withdrawal.js';
import { CaseFileQuery } from './case-file.query.js';
import type { CaseFileResponse, SuggestedConduct } from './case-file.response.js';

/** Live: a case file is folded from its stream on each read, so it always shows the step just taken. */
export const CASE_FILE = liveView('sanctions_case_file', caseStream.streamId('*'));

@QueryHandler(CaseFileQuery)
export class CaseFileHandler implements IQueryHandler<CaseFileQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
  ) {}

  async execute({ caseId, actor }: CaseFileQuery): Promise<CaseFileResponse> {
    const events = await caseStream.read(this.store, caseId);
    const found = fold(caseStream.decider, events);
    if (!found) throw new CaseNotFound(caseId);
    assertMayRead(actor, found);
    const history = events.map(({ type, data, metadata }) => ({ type, at: metadata.occurredAt, actor: metadata.actor, data }));
    const identificationReports = events.flatMap((event) => (event.type === 'IdentificationReported' ? [event.data] : []));
    const speciesDispute = speciesDisputeOf(found.findings, identificationReports);
    return { ...found, suggestedConducts: await this.suggestedConducts(standingFindings(events)), identificationReports, ...(speciesDispute ? { speciesDispute } : {}), history };
  }

  /** The conducts the catalogue in force when each standing finding happened charges it as: what the instructor starts from. */
  private async suggestedConducts(findings: readonly Finding[]): Promise<SuggestedConduct[]> {
    const suggested = new Map<string, SuggestedConduct>();
    for (const { rule, at } of findings) {
      const entry = await this.reference.infractionForRule(rule, new Date(at));
      if (!entry) continue;
      const known = suggested.get(entry.code);
      suggested.set(entry.code, { code: entry.code, conduct: entry.conduct, class: entry.class, rules: [...new Set([...(known?.rules ?? []), rule])] });
    }
    return [...suggested.values()];
  }
}
