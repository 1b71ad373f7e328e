import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey, IdParam } from '#http';
import { CitesPermitResponse, citesPermitResponse } from '../cites-permit-view/cites-permit.response.js';
import { RevokeCitesPermitDto } from './revoke-cites-permit.dto.js';
import { RevokeCitesPermitCommand } from './revoke-cites-permit.command.js';

@ApiTags('cites-permits')
@Controller('cites-permits')
export class RevokeCitesPermitController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':number/revocation')
  @HttpCode(HttpStatus.OK)
  @Roles(Role.Regulator)
  @AcceptsIdempotencyKey()
  @ApiOperation({ summary: 'Revoke a CITES permit: SERFOR only; from then on it covers no load', description: 'A permit revoked before answers as it was first revoked.' })
  @ApiParam({ name: 'number', example: '003456%2FSERFOR-2026' })
  @ApiOkResponse({ type: CitesPermitResponse })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths' })
  @ApiForbiddenResponse({ description: '`not_acting_for`: a regulator other than SERFOR' })
  @ApiNotFoundResponse({ description: '`cites_permit_not_found`' })
  @ApiConflictResponse({ description: '`idempotency_key_reused`' })
  async revoke(@IdParam('number') number: string, @Body() body: RevokeCitesPermitDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<CitesPermitResponse> {
    const { permit, revoked } = await this.commands.execute(new RevokeCitesPermitCommand(number, body, actor, key));
    return citesPermitResponse(permit!, revoked);
  }
}
