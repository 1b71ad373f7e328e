import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { PermitStatus } from '../domain/permit.js';
import { TAX_ID } from '../dtos/identifiers.js';

const STATUSES: readonly PermitStatus[] = ['active', 'suspended', 'cancelled'];

export class PermitListParams {
  @ApiPropertyOptional({ example: '20123456789', description: "The holder's RUC; a permit holder's own by default (and only)" })
  @IsOptional()
  @Matches(TAX_ID, { message: 'holderTaxId must be a RUC of 11 digits' })
  readonly holderTaxId?: string;

  @ApiPropertyOptional({ example: 'ARFFS-UCAYALI', description: 'The granting authority' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  readonly authority?: string;

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  readonly status?: PermitStatus;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100, description: 'Most recently changed first' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  readonly limit?: number;
}
