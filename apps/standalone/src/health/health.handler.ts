import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { StoreKind } from '#event-store';
import { HealthResponse } from './health-response.js';
import { HealthQuery } from './health.query.js';

/** Injection token of the kind of event store this process writes to. */
export const STORE_KIND = Symbol('StoreKind');

@QueryHandler(HealthQuery)
export class HealthHandler implements IQueryHandler<HealthQuery> {
  constructor(@Inject(STORE_KIND) private readonly store: StoreKind) {}

  async execute(): Promise<HealthResponse> {
    return new HealthResponse(this.store);
  }
}
