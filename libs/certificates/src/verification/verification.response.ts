import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CertificateSummary } from '../domain/certificate-summary.js';

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
  @ApiPropertyOptional({ description: 'SHA-256 (hex) of the compact JWS: the holder matches its copy against it' })
  readonly digest?: string;
  @ApiPropertyOptional({ description: 'What the certificate states, as signed, its plots and the lists of its chain counted (the JWS and the PDF carry them)', type: 'object', additionalProperties: true })
  readonly certificate?: CertificateSummary;
}
