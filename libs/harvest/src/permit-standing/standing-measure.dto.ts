import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsInstant } from '../dtos/calendar.validators.js';

/** A suspension, reinstatement or cancellation as the authority states it. */
export class PermitStandingMeasureDto {
  @ApiProperty({ example: 'PAU 045-2026-OSINFOR en curso', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  readonly reason!: string;

  @ApiPropertyOptional({ example: '2026-05-02T08:00:00-05:00', description: 'From when the measure holds (ISO-8601 with offset); default: when the request arrives' })
  @IsOptional()
  @IsInstant()
  readonly at?: string;
}
