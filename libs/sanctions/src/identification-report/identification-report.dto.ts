import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A certified identifier's report on one piece of the case's timber. */
export class IdentificationReportDto {
  @ApiPropertyOptional({ example: 'LOT-2026-000123', maxLength: 120, description: 'The lot of the case the piece belongs to' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  readonly lot?: string;

  @ApiProperty({ example: 'T-07', maxLength: 120, description: "The piece as marked on it (its code in the guide's piece list)" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  readonly piece!: string;

  @ApiProperty({ example: 'Cedrela odorata', maxLength: 120, description: 'Scientific name of the species catalogue in force on the day, or a genus identified at genus level where allowed' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  readonly species!: string;

  @ApiProperty({ example: 'EJEMPLO-IDM-0001', maxLength: 60, description: "The identifier's certificate number; one the register does not hold is recorded as not validly certified" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  readonly certificateNumber!: string;

  @ApiProperty({ example: '2026-05-10T18:30:00-05:00', description: 'When the piece was identified: an ISO-8601 date-time with its offset, not after the report is recorded' })
  @IsISO8601({ strict: true })
  @Matches(INSTANT, { message: 'identifiedAt must be an ISO-8601 date-time with its offset, e.g. 2026-05-10T18:30:00-05:00' })
  readonly identifiedAt!: string;

  @ApiPropertyOptional({ example: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', description: 'Hash of the signed report' })
  @IsOptional()
  @Matches(/^sha256:[0-9a-f]{64}$/, { message: 'document must be sha256:<64 hex digits>' })
  readonly document?: string;
}
