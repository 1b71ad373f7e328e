import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsoInstant } from '../dtos/instant.validator.js';

/** A suspension or reinstatement as the authority states it. */
export class ProcessorStandingMeasureDto {
  @ApiProperty({ example: 'Libro de operaciones no actualizado', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  readonly reason!: string;

  @ApiPropertyOptional({ example: '2026-06-01T08:00:00-05:00', description: 'From when the measure holds (ISO-8601); default: when the request arrives' })
  @IsOptional()
  @IsIsoInstant()
  readonly at?: string;
}
