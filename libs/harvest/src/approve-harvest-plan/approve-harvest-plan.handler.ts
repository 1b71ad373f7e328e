import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor, type FieldViolation, RequestValidationFailed } from '#http';
import { REFERENCE_DATA, type ReferenceData } from '#reference-data/integration';
import type { StreamStore } from '#shared-kernel';
import type { ApproveHarvestPlan } from '../domain/permit.commands.js';
import type { HarvestPlanApproved } from '../domain/permit.events.js';
import { polygonOf } from '../dtos/polygon.dto.js';
import { validityOf } from '../dtos/validity.dto.js';
import { volumeOf } from '../dtos/volume.dto.js';
import { assertMayApprovePlan } from '../permit-access.js';
import type { SpeciesAuthorisationDto } from './approve-harvest-plan.dto.js';
import { ApproveHarvestPlanCommand } from './approve-harvest-plan.command.js';
import { permitStream } from '../domain/permit.decider.js';

@CommandHandler(ApproveHarvestPlanCommand)
export class ApproveHarvestPlanHandler implements ICommandHandler<ApproveHarvestPlanCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: StreamStore,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
  ) {}

  async execute({ permitId, body, actor, idempotencyKey }: ApproveHarvestPlanCommand): Promise<HarvestPlanApproved['data']> {
    assertMayApprovePlan(actor, await permitStream.loadExisting(this.store, permitId));
    const now = new Date();
    await this.requireCatalogued(body.species, now);
    const command: ApproveHarvestPlan = {
      type: 'ApproveHarvestPlan',
      data: {
        permitId,
        planId: body.planId,
        validity: validityOf(body.validity),
        harvestAreas: body.harvestAreas.map(polygonOf),
        species: body.species.map(({ species, authorised, minimumCuttingDiameterCm }) => ({
          species,
          authorised: volumeOf(authorised),
          ...(minimumCuttingDiameterCm === undefined ? {} : { minimumCuttingDiameterCm }),
        })),
      },
    };
    const { id, requestDigest } = commandIdFor(`harvest/approve-harvest-plan/${permitId}`, actor, idempotencyKey, body);
    return permitStream.record(this.store, permitId, { id, command, actor, occurredAt: now.toISOString(), requestDigest }, 'HarvestPlanApproved');
  }

  /** A plan authorises only species the catalogue in force at approval knows, by scientific name. */
  private async requireCatalogued(species: readonly SpeciesAuthorisationDto[], at: Date): Promise<void> {
    const unknown = await Promise.all(
      species.map(async ({ species: name }, index): Promise<FieldViolation | undefined> =>
        (await this.reference.species(name, at)) ? undefined : { path: `species.${index}.species`, messages: [`${name} is not in the species catalogue in force`] },
      ),
    );
    const violations = unknown.filter((violation) => violation !== undefined);
    if (violations.length > 0) throw new RequestValidationFailed(violations);
  }
}
