import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE } from '#event-store';
import { FAULTS, type FaultPoints, InFlight } from '#messaging';
import { DomainError, type Refusal, refusalOf, type StreamStore, uuidFromName } from '#shared-kernel';
import type { IssuedGuide } from '../domain/guide.js';
import type { IssueGuide, RefuseGuideIssuance } from '../domain/guide.commands.js';
import type { LotStepRefused } from '../domain/lot.events.js';
import type { GuideFact } from './guide-facts.js';
import { guideStream } from '../domain/guide.decider.js';
import { stepId, stepOnLot } from '../lot-steps.js';

export type IssuanceOutcome = { readonly issued: IssuedGuide } | { readonly refused: { readonly lotId?: string; readonly refusal: Refusal } };

/**
 * The workflow of issuing a guide, from its request on the guide's stream: each lot is dispatched under the guide,
 * then the guide is issued; a lot that refuses sends the ones already dispatched back and the issuance is refused.
 * Every step's outcome is recorded (a refusal too) under an id derived from the request, so running it again after
 * a crash repeats nothing and takes the same turns; it runs once per request at a time in this process.
 */
@Injectable()
export class GuideIssuance {
  private readonly runs = new InFlight<IssuanceOutcome>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(FAULTS) private readonly faults: FaultPoints,
  ) {}

  drive(request: GuideFact<'GuideIssuanceRequested'>): Promise<IssuanceOutcome> {
    return this.runs.run(request.id, () => this.run(request));
  }

  private async run(request: GuideFact<'GuideIssuanceRequested'>): Promise<IssuanceOutcome> {
    const guide = request.data;
    const { correlationId } = request.metadata;
    const ended = await this.outcome(guide.number, correlationId);
    if (ended) return ended;
    const dispatched: string[] = [];
    for (const { lotId } of guide.lines) {
      const { events, refused } = await stepOnLot(this.store, lotId, stepId(correlationId, 'dispatch', lotId), { type: 'DispatchLot', data: { guideNumber: guide.number, at: guide.issuedAt } }, request);
      if (refused) return this.refuse(request, dispatched, { lotId, refusal: (events[0] as LotStepRefused).data.refusal });
      dispatched.push(lotId);
      this.faults.reached(`guide-issuance/${guide.number}/dispatched/${dispatched.length}`);
    }
    const issue: IssueGuide = { type: 'IssueGuide', data: { number: guide.number } };
    try {
      await guideStream.handle(this.store, guide.number, this.envelope(request, 'issued', issue));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return this.refuse(request, dispatched, { refusal: refusalOf(error) });
    }
    return { issued: guide };
  }

  /** Every dispatched lot back where it left from, then the refusal on the guide. */
  private async refuse(request: GuideFact<'GuideIssuanceRequested'>, dispatched: readonly string[], refused: { readonly lotId?: string; readonly refusal: Refusal }): Promise<IssuanceOutcome> {
    const { number } = request.data;
    const at = request.metadata.occurredAt;
    for (const [index, lotId] of dispatched.entries()) {
      await stepOnLot(this.store, lotId, stepId(request.metadata.correlationId, 'release', lotId), { type: 'ReleaseFromGuide', data: { guideNumber: number, reason: 'issuance_refused', at } }, request);
      this.faults.reached(`guide-issuance/${number}/released/${index + 1}`);
    }
    const refuse: RefuseGuideIssuance = { type: 'RefuseGuideIssuance', data: { number, ...refused, at } };
    await guideStream.handle(this.store, number, this.envelope(request, 'refused', refuse));
    return { refused };
  }

  /** How the request's issuance ended, if it did: the guide issued, or the refusal recorded. */
  private async outcome(guideNumber: string, correlationId: string): Promise<IssuanceOutcome | undefined> {
    for (const event of await guideStream.read(this.store, guideNumber)) {
      if (event.metadata.correlationId !== correlationId) continue;
      if (event.type === 'GuideIssued') return { issued: event.data };
      if (event.type === 'GuideIssuanceRefused') return { refused: { ...(event.data.lotId === undefined ? {} : { lotId: event.data.lotId }), refusal: event.data.refusal } };
    }
    return undefined;
  }

  private envelope<C extends IssueGuide | RefuseGuideIssuance>(request: GuideFact<'GuideIssuanceRequested'>, step: string, command: C) {
    const { actor, occurredAt, correlationId } = request.metadata;
    return { id: uuidFromName(`${correlationId}/${step}`), command, actor, occurredAt, correlationId };
  }
}
