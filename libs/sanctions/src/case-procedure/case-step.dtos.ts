import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NestedArray, NestedObject } from '#http';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DAMAGE_GRAVITY_FACTOR, type DamageGravity } from '../domain/fine/fine.scales.js';

/** A RUC (11 digits) or, for a person such as a driver, a DNI (8 digits). */
const TAX_ID = /^(\d{11}|\d{8})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DECIMAL = /^\d{1,20}(\.\d{1,10})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAMAGE_GRAVITIES = Object.keys(DAMAGE_GRAVITY_FACTOR) as DamageGravity[];
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
  @ApiProperty({ example: '20123456789', description: 'RUC of the party charged, or DNI of a person (the driver)' })
  @Matches(TAX_ID, { message: 'accusedTaxId must be an 11-digit RUC or an 8-digit DNI' })
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

/** A circumstance that raises or lowers the fine by its percentage. */
export class CircumstanceDto {
  @ApiProperty({ example: 'obstructed the inspection', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  readonly name!: string;

  @ApiProperty({ example: '20', description: 'Percent, a decimal string: 20 for 20 %' })
  @Matches(DECIMAL, { message: 'percent must be a decimal string, e.g. 20 or 12.5' })
  readonly percent!: string;
}

/** The graduation of a fine only the officer can judge (OSINFOR's method); amounts are decimal strings, never floats. */
export class FineDto {
  @ApiPropertyOptional({ example: 'INF-2021-02', description: 'The conduct charged the fine sanctions; default: the only one charged' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  readonly conduct?: string;

  @ApiPropertyOptional({
    example: 'Cedrela odorata',
    description: "Scientific name of the species concerned (its value, threat category and CITES appendix at the facts come from reference data); default: the species of the lots seized under the case, when they are all of one",
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly species?: string;

  @ApiPropertyOptional({
    example: '5',
    description: 'm³ of timber the infraction concerns; default: the m³ seized under the case, when all of one species. For a species traded by weight (tara pods) 0 or absent: kg are never read as m³',
  })
  @IsOptional()
  @Matches(DECIMAL, { message: 'volumeM3 must be a decimal string, e.g. 5 or 2.375' })
  readonly volumeM3?: string;

  @ApiPropertyOptional({ example: '350.00', description: 'Soles the party avoided spending by the infraction; required for a species traded by weight, whose benefit is not reckoned per m³' })
  @IsOptional()
  @Matches(DECIMAL, { message: 'avoidedCostsSoles must be a decimal string, e.g. 350.00' })
  readonly avoidedCostsSoles?: string;

  @ApiProperty({ example: '0.50', description: 'p, the probability that such a conduct is detected, in (0, 1]: high 0.75, medium 0.50, low 0.25 (provisional)' })
  @Matches(DECIMAL, { message: 'detectionProbability must be a decimal string, e.g. 0.50' })
  readonly detectionProbability!: string;

  @ApiProperty({ enum: DAMAGE_GRAVITIES })
  @IsIn(DAMAGE_GRAVITIES)
  readonly damageGravity!: DamageGravity;

  @ApiPropertyOptional({ type: [CircumstanceDto] })
  @IsOptional()
  @NestedArray(() => CircumstanceDto, { max: 20 })
  readonly aggravating?: CircumstanceDto[];

  @ApiPropertyOptional({ type: [CircumstanceDto] })
  @IsOptional()
  @NestedArray(() => CircumstanceDto, { max: 20 })
  readonly mitigating?: CircumstanceDto[];
}

export class DisqualificationDto {
  @ApiProperty({ example: '2026-07-01', description: 'First day, a Peru date' })
  @Matches(DATE, { message: 'from must be a date written YYYY-MM-DD' })
  readonly from!: string;

  @ApiProperty({ example: '2027-06-30', description: 'Last day, a Peru date, not before from' })
  @Matches(DATE, { message: 'until must be a date written YYYY-MM-DD' })
  readonly until!: string;
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

  @ApiPropertyOptional({ type: () => FineDto, description: 'What only the officer judges of the fine; the rest comes from reference data and the case. None for measures alone or a dismissal' })
  @IsOptional()
  @NestedObject(() => FineDto)
  readonly fine?: FineDto;

  @ApiPropertyOptional({ example: ['LOT-2026-000123'], description: 'Lots of the case confiscation takes: at least one with confiscation, none without' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  readonly lotsConfiscated?: string[];

  @ApiPropertyOptional({ type: () => DisqualificationDto, description: 'Exactly when disqualification is among the measures' })
  @IsOptional()
  @NestedObject(() => DisqualificationDto)
  readonly disqualification?: DisqualificationDto;
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

/** The treasury's receipt of a fine; `at` is when it was paid. */
export class FinePaymentDto extends CaseStepDto {
  @ApiProperty({ example: 'REC-2026-000123', maxLength: 100, description: 'The number of the payment receipt' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  readonly receipt!: string;

  @ApiProperty({ example: '55000.00', description: 'Soles paid, a decimal string: the fine in UIT at the UIT of the year of payment' })
  @Matches(DECIMAL, { message: 'amountSoles must be a decimal string, e.g. 55000.00' })
  readonly amountSoles!: string;
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
