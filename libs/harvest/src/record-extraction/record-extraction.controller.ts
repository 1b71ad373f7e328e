import { Body, Controller, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import { ExtractionResponse } from './extraction.response.js';
import { RecordExtractionDto } from './record-extraction.dto.js';
import { RecordExtractionCommand } from './record-extraction.command.js';

@ApiTags('permits')
@Controller('permits')
export class RecordExtractionController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':permitId/extractions')
  @HttpCode(HttpStatus.CREATED)
  @Roles(Role.PermitHolder)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: "Record the extraction of a lot under a harvest plan: the permit's holder only",
    description:
      "Another holder is refused with 403 `not_acting_for`. Draws on the species' authorised quantity, in its measure (kg for a product traded by weight); custody starts the lot from the `LotExtracted` this publishes.",
  })
  @ApiParam({ name: 'permitId', example: '25-UCA/C-J-001-02', description: 'A slash is sent URL-encoded, as %2F' })
  @ApiCreatedResponse({ type: ExtractionResponse, description: 'Recorded (or, on a retry with the same Idempotency-Key, recorded before)' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths (a plot point with fewer than 6 decimals as written, trailing zeros counted: `geolocation.coordinates`); `measure_mismatch` (details.field `volume`) for a quantity in another measure than the species\' quota (kg of timber, m³ of tara)' })
  @ApiNotFoundResponse({ description: '`permit_not_found`, `harvest_plan_not_found`' })
  @ApiConflictResponse({
    description: '`authorised_volume_exceeded` (details: the balance and the amount asked for, `requestedM3` or `requestedKg`), `permit_not_active`, `lot_already_recorded`, `harvest_date_outside_plan`, `species_not_in_plan`, `geolocation_outside_harvest_area`',
  })
  async record(
    @IdParam('permitId') permitId: string,
    @Body() body: RecordExtractionDto,
    @CurrentActor() actor: AuthenticatedActor,
    @Req() request: { readonly rawBody?: Buffer },
    @IdempotencyKey() key?: string,
  ): Promise<ExtractionResponse> {
    return this.commands.execute(new RecordExtractionCommand(permitId, body, actor, key, request.rawBody?.toString('utf8')));
  }
}
