import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '#auth';
import { IdParam } from '#http';
import type { CertificateKeys } from '../signing/certificate-keys.js';
import { SigningKeysQuery, VerifyByIdQuery, VerifyPresentedQuery } from './verification.handler.js';
import { VerificationResponse } from './verification.response.js';
import { VerifyCertificateDto } from './verify-certificate.dto.js';

/** Anyone (a buyer, a customs officer abroad) checks a certificate without an account. */
@ApiTags('certificates')
@Controller('certificates')
@Public()
export class VerificationController {
  constructor(private readonly queries: QueryBus) {}

  @Get('jwks.json')
  @ApiOperation({ summary: 'The public keys certificates are signed with (JWK Set, Ed25519), retired keys included so older certificates still verify' })
  jwks(): Promise<CertificateKeys['jwks']> {
    return this.queries.execute(new SigningKeysQuery());
  }

  @Post('verification')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Verify a certificate as presented (its compact JWS): the signature, then its standing now' })
  @ApiOkResponse({ type: VerificationResponse, description: '`signature: invalid` when any byte was changed or no certificate was issued with it' })
  @ApiBadRequestResponse({ description: '`validation_failed`: not a compact JWS' })
  verifyPresented(@Body() body: VerifyCertificateDto): Promise<VerificationResponse> {
    return this.queries.execute(new VerifyPresentedQuery(body.jws));
  }

  @Get(':certificateId/verification')
  @ApiOperation({ summary: 'Verify a certificate by its id, as its QR code leads: the signature as recorded and its standing now (valid, or suspended or revoked with reason and time)' })
  @ApiOkResponse({ type: VerificationResponse })
  @ApiNotFoundResponse({ description: '`certificate_not_found`' })
  verify(@IdParam('certificateId') certificateId: string): Promise<VerificationResponse> {
    return this.queries.execute(new VerifyByIdQuery(certificateId));
  }
}
