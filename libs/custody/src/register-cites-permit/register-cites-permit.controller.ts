import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey } from '#http';
import { CitesPermitResponse, citesPermitResponse } from '../cites-permit-view/cites-permit.response.js';
import { RegisterCitesPermitDto } from './register-cites-permit.dto.js';
import { RegisterCitesPermitCommand } from './register-cites-permit.command.js';

@ApiTags('cites-permits')
@Controller('cites-permits')
export class RegisterCitesPermitController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles(Role.Regulator)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: 'Register a CITES permit: SERFOR only',
    description: 'A guide names the CITES permits its load relies on; a checkpoint scan counts those valid at the observation and held by one of the guide’s parties.',
  })
  @ApiCreatedResponse({ type: CitesPermitResponse, description: 'Registered (or registered before with the very same terms)' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths; `invalid_cites_permit` (validUntil not after validFrom)' })
  @ApiForbiddenResponse({ description: '`not_acting_for`: a regulator other than SERFOR' })
  @ApiConflictResponse({ description: '`cites_permit_already_registered` (the number, with other terms), `idempotency_key_reused`' })
  async register(@Body() body: RegisterCitesPermitDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<CitesPermitResponse> {
    const { permit, revoked } = await this.commands.execute(new RegisterCitesPermitCommand(body, actor, key));
    return citesPermitResponse(permit!, revoked);
  }
}
