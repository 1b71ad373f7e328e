import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey } from '#http';
import { registrationOf, ProcessorRegistrationResponse } from './processor-registration.response.js';
import { RegisterProcessorDto } from './register-processor.dto.js';
import { RegisterProcessorCommand } from './register-processor.command.js';

@ApiTags('processors')
@Controller('processors')
export class RegisterProcessorController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Roles(Role.Regulator)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: 'Register (authorise) a processor: a regulator, for its own authority; SERFOR for any authority',
    description: 'Another authority named by a regulator other than SERFOR is refused with 403 `not_acting_for`.',
  })
  @ApiCreatedResponse({ type: ProcessorRegistrationResponse, description: 'Registered (or, on a retry with the same Idempotency-Key, registered before)' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths; `invalid_validity` (until before from); `Idempotency-Key` malformed' })
  @ApiConflictResponse({ description: '`processor_already_registered`' })
  async register(@Body() body: RegisterProcessorDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<ProcessorRegistrationResponse> {
    return registrationOf(await this.commands.execute(new RegisterProcessorCommand(body, actor, key)));
  }
}
