import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CertificateContent } from '../domain/certificate-content.js';

export class VerificationResponse {
  @ApiProperty({ enum: ['valid', 'invalid'], description: 'Whether the signature matches the certificate under a key of `GET /certificates/jwks.json`' })
  readonly signature!: 'valid' | 'invalid';
  @ApiProperty({ enum: ['valid', 'suspended', 'revoked', 'unknown'], description: '`unknown` when the signature does not hold: nothing it says can be trusted' })
  readonly status!: 'valid' | 'suspended' | 'revoked' | 'unknown';
  @ApiPropertyOptional({ description: 'Why the signature does not hold, or why the certificate is suspended or revoked' })
  readonly reason?: string;
  @ApiPropertyOptional({ description: 'When the status began' })
  readonly since?: string;
  @ApiPropertyOptional()
  readonly certificateId?: string;
  @ApiPropertyOptional()
  readonly keyId?: string;
  @ApiPropertyOptional({ description: 'What the certificate states, as signed', type: 'object', additionalProperties: true })
  readonly certificate?: CertificateContent;
}
