import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey } from '#http';
import { permitSummary, PermitSummaryResponse } from './permit-summary.response.js';
import { RegisterPermitDto } from './register-permit.dto.js';
import { RegisterPermitCommand } from './register-permit.command.js';

@ApiTags('permits')
@Controller('permits')
export class RegisterPermitController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles(Role.Regulator)
  @AcceptsIdempotencyKey()
  @ApiOperation({ summary: 'Register a permit (título habilitante): a regulator of the granting authority, or SERFOR for any authority' })
  @ApiCreatedResponse({ type: PermitSummaryResponse, description: 'Registered (or, on a retry with the same Idempotency-Key, registered before)' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths; `invalid_validity` (from not before to); `Idempotency-Key` malformed' })
  @ApiConflictResponse({ description: '`permit_already_registered`' })
  async register(@Body() body: RegisterPermitDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<PermitSummaryResponse> {
    return permitSummary(await this.commands.execute(new RegisterPermitCommand(body, actor, key)));
  }
}
