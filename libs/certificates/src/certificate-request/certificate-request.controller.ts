import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { AcceptsIdempotencyKey, IdempotencyKey } from '#http';
import { CertificateResponse } from '../certificate-file/certificate.response.js';
import { CertificateRequestDto } from './certificate-request.dto.js';
import { RequestCertificateCommand } from './request-certificate.command.js';

@ApiTags('certificates')
@Controller('certificates')
export class CertificateRequestController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Roles(Role.Exporter)
  @HttpCode(HttpStatus.CREATED)
  @AcceptsIdempotencyKey()
  @ApiOperation({
    summary: 'Ask for an origin certificate for a product lot delivered to the exporter',
    description:
      'Every lot of its lineage back to extraction is checked: permit active and plan valid at harvest, volume counted within quota, every transport matched its guide and trajectory, every transformation within yield, no open or final infraction case, no hold, no confiscation, no disqualified party. The answer is a certificate signed with Ed25519 (JWS), or a refusal, recorded and listed, naming each failing lot and why.',
  })
  @ApiCreatedResponse({ type: CertificateResponse, description: 'The certificate issued (on a retry with the same Idempotency-Key, as first issued)' })
  @ApiBadRequestResponse({ description: '`validation_failed` with field paths' })
  @ApiForbiddenResponse({ description: '`not_acting_for`: the lot was not delivered to this exporter' })
  @ApiNotFoundResponse({ description: '`lot_not_found`: no fact about the lot has reached the certificates' })
  @ApiConflictResponse({ description: '`certificate_refused` with `details.findings`: each failing lot, the check, the code, final or pending, and why; `idempotency_key_reused`' })
  request(@Body() body: CertificateRequestDto, @CurrentActor() actor: AuthenticatedActor, @IdempotencyKey() key?: string): Promise<CertificateResponse> {
    return this.commands.execute(new RequestCertificateCommand(body, actor, key));
  }
}
