import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import { EVENT_STORE } from '#event-store';
import { liveView } from '#projections';
import type { StreamStore } from '#shared-kernel';
import { balance } from '../domain/permit.balance.js';
import type { Permit } from '../domain/permit.state.js';
import { assertMayRead } from '../permit-access.js';
import { PermitBalanceQuery, PermitViewQuery } from './permit-view.queries.js';
import { permitView } from './permit-view.js';
import type { PermitBalanceResponse, PermitViewResponse } from './permit-view.responses.js';
import { permitStream } from '../domain/permit.decider.js';

/** Live: folded from the permit's stream on each read, so an answer always includes the caller's last command; a permit's stream stays short. */
export const PERMIT_VIEW = liveView('harvest_permit', permitStream.streamId('*'));

@QueryHandler(PermitViewQuery)
export class PermitViewHandler implements IQueryHandler<PermitViewQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ permitId, actor }: PermitViewQuery): Promise<PermitViewResponse> {
    return permitView(await readablePermit(this.store, permitId, actor));
  }
}

@QueryHandler(PermitBalanceQuery)
export class PermitBalanceHandler implements IQueryHandler<PermitBalanceQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ permitId, actor }: PermitBalanceQuery): Promise<PermitBalanceResponse> {
    return { permitId, balances: balance(await readablePermit(this.store, permitId, actor)) };
  }
}

async function readablePermit(store: StreamStore, permitId: string, actor: AuthenticatedActor): Promise<Permit> {
  const permit = await permitStream.loadExisting(store, permitId);
  assertMayRead(actor, permit.holderTaxId);
  return permit;
}
