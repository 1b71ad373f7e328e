import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { CertificateStatus } from '../domain/certificate.js';

export class CertificateListParams {
  @ApiPropertyOptional({ description: "An exporter's RUC; an exporter may name only its own" })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  readonly exporterTaxId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(120)
  readonly productLotId?: string;

  @ApiPropertyOptional({ enum: ['valid', 'suspended', 'revoked', 'refused'] })
  @IsOptional()
  @IsIn(['valid', 'suspended', 'revoked', 'refused'])
  readonly status?: CertificateStatus;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  readonly limit?: number;
}
