import { Command } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import type { HarvestPlanApproved } from '../domain/permit.events.js';
import type { ApproveHarvestPlanDto } from './approve-harvest-plan.dto.js';

/** Approve a harvest plan (POA) of a permit, with its per-species authorised volumes. */
export class ApproveHarvestPlanCommand extends Command<HarvestPlanApproved['data']> {
  constructor(
    readonly permitId: string,
    readonly body: ApproveHarvestPlanDto,
    readonly actor: AuthenticatedActor,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
