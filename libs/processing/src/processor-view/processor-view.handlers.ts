import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import { EVENT_STORE } from '#event-store';
import { liveView } from '#projections';
import type { StreamStore } from '#shared-kernel';
import { processorStream } from '../domain/processor.decider.js';
import { assertMayRead } from '../processor-access.js';
import { loadProcessor, type ProcessorRecord } from '../processor-record.js';
import { ProcessorBalanceQuery, ProcessorViewQuery, TransformationHistoryQuery } from './processor-view.queries.js';
import { processorBalance, processorView, transformationHistory } from './processor-view.js';
import type { ProcessorBalanceResponse, ProcessorViewResponse, TransformationHistoryResponse } from './processor-view.responses.js';

/** Live: a facility's view, balance and transformations, folded from its stream on each read (see `readableProcessor`). */
export const PROCESSOR_VIEW = liveView('processing_processor', processorStream.streamId('*'));

@QueryHandler(ProcessorViewQuery)
export class ProcessorViewHandler implements IQueryHandler<ProcessorViewQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ facilityId, actor }: ProcessorViewQuery): Promise<ProcessorViewResponse> {
    return processorView(await readableProcessor(this.store, facilityId, actor), new Date().toISOString());
  }
}

@QueryHandler(ProcessorBalanceQuery)
export class ProcessorBalanceHandler implements IQueryHandler<ProcessorBalanceQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ facilityId, actor }: ProcessorBalanceQuery): Promise<ProcessorBalanceResponse> {
    return processorBalance(await readableProcessor(this.store, facilityId, actor));
  }
}

@QueryHandler(TransformationHistoryQuery)
export class TransformationHistoryHandler implements IQueryHandler<TransformationHistoryQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ facilityId, actor }: TransformationHistoryQuery): Promise<TransformationHistoryResponse> {
    const { events } = await readableProcessor(this.store, facilityId, actor);
    return { facilityId, transformations: transformationHistory(events) };
  }
}

/**
 * Live: folded from the facility's stream on each read — the stream is the aggregate, a command folds it anyway, and the
 * answer always includes the caller's last transformation. A processor asking about another facility is refused before
 * anything is read, so it learns nothing of it.
 */
async function readableProcessor(store: StreamStore, facilityId: string, actor: AuthenticatedActor): Promise<ProcessorRecord> {
  assertMayRead(actor, facilityId);
  return loadProcessor(store, facilityId);
}
