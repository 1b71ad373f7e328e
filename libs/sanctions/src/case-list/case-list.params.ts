import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { CASE_CLASSES, CASE_STATUSES, type CaseClass, type CaseStatus } from '../domain/case.js';

export class CaseListParams {
  @ApiPropertyOptional({ example: 'ARFFS-UCAYALI', description: "A regulator's own authority (the default); another is refused" })
  @IsOptional()
  @IsString()
  readonly authority?: string;

  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  readonly status?: CaseStatus;

  @ApiPropertyOptional({ enum: CASE_CLASSES, description: 'The gravest class charged; `uncharged` before charges' })
  @IsOptional()
  @IsIn(CASE_CLASSES)
  readonly class?: CaseClass;

  @ApiPropertyOptional({ example: 100, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  readonly limit?: number;
}
