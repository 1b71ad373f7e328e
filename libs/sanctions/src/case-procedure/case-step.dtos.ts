import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const TAX_ID = /^\d{11}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const UIT = /^\d{1,4}(\.\d{1,3})?$/;
const MEASURES = ['confiscation', 'stop_activity', 'temporary_closure', 'definitive_closure', 'disqualification', 'permit_cancellation'] as const;

/** Every step may say when it happened (the notification's date, say); by default, when the request arrives. */
export class CaseStepDto {
  @ApiPropertyOptional({ example: '2026-05-04T10:00:00-05:00', description: 'ISO-8601 date-time with its offset; default: now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(INSTANT, { message: 'at must be an ISO-8601 date-time with its offset, e.g. 2026-05-04T10:00:00-05:00' })
  readonly at?: string;
}

export class NotifyChargesDto extends CaseStepDto {
  @ApiProperty({ example: '20123456789', description: 'RUC of the party charged' })
  @Matches(TAX_ID, { message: 'accusedTaxId must be an 11-digit RUC' })
  readonly accusedTaxId!: string;

  @ApiProperty({ example: ['INF-2021-02'], description: 'Codes of the infraction catalogue' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  readonly conducts!: string[];

  @ApiProperty({ example: '2.4 m³ of cedro found under a guide for tornillo', maxLength: 4000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  readonly facts!: string;
}

export class SubmitDefenceDto extends CaseStepDto {
  @ApiProperty({ maxLength: 20000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  readonly statement!: string;

  @ApiPropertyOptional({ example: ['sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'], description: 'Hashes of the documents attached' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^sha256:[0-9a-f]{64}$/, { each: true, message: 'each document must be sha256:<64 hex digits>' })
  readonly documents?: string[];
}

export class InstructionReportDto extends CaseStepDto {
  @ApiProperty({ enum: ['sanction', 'dismissal'] })
  @IsIn(['sanction', 'dismissal'])
  readonly recommendation!: 'sanction' | 'dismissal';

  @ApiProperty({ maxLength: 20000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  readonly reasoning!: string;
}

export class ResolutionDto extends CaseStepDto {
  @ApiProperty({ enum: ['sanction', 'dismissal'] })
  @IsIn(['sanction', 'dismissal'])
  readonly outcome!: 'sanction' | 'dismissal';

  @ApiProperty({ maxLength: 20000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  readonly reasoning!: string;

  @ApiPropertyOptional({ enum: MEASURES, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(MEASURES, { each: true })
  readonly measures?: (typeof MEASURES)[number][];

  @ApiPropertyOptional({ example: '12.50', description: 'The fine in UIT, a decimal string (never a float)' })
  @IsOptional()
  @Matches(UIT, { message: 'fineUit must be a decimal string of UIT, e.g. 12.50' })
  readonly fineUit?: string;
}

export class ReviewRequestDto extends CaseStepDto {
  @ApiProperty({ enum: ['reconsideration', 'appeal'] })
  @IsIn(['reconsideration', 'appeal'])
  readonly kind!: 'reconsideration' | 'appeal';

  @ApiProperty({ maxLength: 20000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  readonly grounds!: string;
}

export class ReviewDecisionDto extends CaseStepDto {
  @ApiProperty({ description: 'Whether the resolution stands; overturned, the sanction becomes a dismissal' })
  @IsBoolean()
  readonly upheld!: boolean;

  @ApiProperty({ maxLength: 20000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  readonly reasoning!: string;
}
