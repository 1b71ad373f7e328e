import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '#event-store';
import { commandIdFor, type FieldViolation, RequestValidationFailed } from '#http';
import { measureOfSpecies, REFERENCE_DATA, type ReferenceData } from '#reference-data/integration';
import { type Measure, measureOf, type StreamStore, VOLUME_UNITS, WEIGHT_UNITS } from '#shared-kernel';
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

  /** A plan authorises only species the catalogue in force at approval knows, by scientific name, each in the measure it is traded by. */
  private async requireCatalogued(species: readonly SpeciesAuthorisationDto[], at: Date): Promise<void> {
    const found = await Promise.all(
      species.map(async ({ species: name, authorised }, index): Promise<FieldViolation | undefined> => {
        const entry = await this.reference.species(name, at);
        if (!entry) return { path: `species.${index}.species`, messages: [`${name} is not in the species catalogue in force`] };
        const measure = measureOfSpecies(entry);
        if (measureOf(authorised.unit) === measure) return undefined;
        return { path: `species.${index}.authorised.unit`, messages: [`${name} is traded by ${measure}: its quota must be in ${UNITS[measure]}, not ${authorised.unit}`] };
      }),
    );
    const violations = found.filter((violation) => violation !== undefined);
    if (violations.length > 0) throw new RequestValidationFailed(violations);
  }
}

const UNITS: Readonly<Record<Measure, string>> = { volume: VOLUME_UNITS.join(' or '), weight: WEIGHT_UNITS.join(' or ') };
