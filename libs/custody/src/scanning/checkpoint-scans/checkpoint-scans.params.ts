import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const DEFAULT_RECENT_SCANS = 50;
export const MOST_RECENT_SCANS = 200;

export class CheckpointScansParams {
  @ApiPropertyOptional({ minimum: 1, maximum: MOST_RECENT_SCANS, default: DEFAULT_RECENT_SCANS })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MOST_RECENT_SCANS)
  readonly limit?: number;
}
