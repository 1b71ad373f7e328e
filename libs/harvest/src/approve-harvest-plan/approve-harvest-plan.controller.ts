import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import { ApproveHarvestPlanDto } from './approve-harvest-plan.dto.js';
import { ApproveHarvestPlanCommand } from './approve-harvest-plan.command.js';
import { HarvestPlanResponse } from './harvest-plan.response.js';

@ApiTags('permits')
@Controller('permits')
export class ApproveHarvestPlanController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':permitId/plans')
  @HttpCode(HttpStatus.CREATED)
  @Roles(Role.Regulator)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: "Approve a harvest plan (POA) of a permit: a regulator of the permit's authority, or SERFOR",
    description:
      'Other regulators are refused with 403 `not_acting_for`. Species must be in the species catalogue in force, each quota in the measure the catalogue says it is traded by (kg for a product traded by weight).',
  })
  @ApiParam({ name: 'permitId', example: '25-UCA/C-J-001-02', description: 'A slash is sent URL-encoded, as %2F' })
  @ApiCreatedResponse({ type: HarvestPlanResponse, description: 'Approved (or, on a retry with the same Idempotency-Key, approved before)' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths (an unknown species: `species.<i>.species`; a quota in another measure than the species is traded by: `species.<i>.authorised.unit`); `invalid_validity`, `duplicate_species`' })
  @ApiNotFoundResponse({ description: '`permit_not_found`' })
  @ApiConflictResponse({ description: '`permit_not_active`, `harvest_plan_already_approved`, `plan_validity_outside_permit`, `harvest_area_outside_permit`' })
  async approve(
    @IdParam('permitId') permitId: string,
    @Body() body: ApproveHarvestPlanDto,
    @CurrentActor() actor: AuthenticatedActor,
    @IdempotencyKey() key?: string,
  ): Promise<HarvestPlanResponse> {
    return this.commands.execute(new ApproveHarvestPlanCommand(permitId, body, actor, key));
  }
}
