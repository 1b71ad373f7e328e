import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsISO8601, IsNotEmpty, IsNumber, IsOptional, IsPositive, IsString, Matches, MaxLength, ValidateBy, type ValidationOptions } from 'class-validator';
import { NestedArray, NestedObject } from '#http';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const INSTANT_MESSAGE = 'must be an ISO-8601 date-time with its offset, e.g. 2026-05-10T18:30:00-05:00';
const TAX_ID = /^\d{11}$/;
/** SERFOR, OSINFOR, ARFFS-UCAYALI, GERFOR-LORETO, SUNAT, PNP, FEMA… */
const INSTITUTION = /^[A-Z][A-Z0-9-]{1,39}$/;

/** `[longitude, latitude]` in decimal degrees, as GeoJSON orders them. */
function IsCoordinates(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCoordinates',
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n)) && Math.abs(value[0] as number) <= 180 && Math.abs(value[1] as number) <= 90,
        defaultMessage: (args) => `${args?.property ?? 'position'} must be [longitude, latitude] within [-180, 180] and [-90, 90]`,
      },
    },
    options,
  );
}

/** An object naming at least one of `fields`: a place by its name or position, a subject by any of its identifiers. */
function NamesOneOf(fields: readonly string[], options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'namesOneOf',
      validator: {
        validate: (value: unknown) => typeof value === 'object' && value !== null && fields.some((field) => (value as Record<string, unknown>)[field] !== undefined),
        defaultMessage: (args) => `${args?.property ?? 'value'} must give at least one of ${fields.join(', ')}`,
      },
    },
    options,
  );
}

/** A required text of at most `maxLength` characters. */
function Text(maxLength: number, example: string, description?: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ example, maxLength, ...(description ? { description } : {}) }), IsString(), IsNotEmpty(), MaxLength(maxLength));
}

export class PlaceDto {
  @ApiPropertyOptional({ example: 'Aserradero San Juan, patio de trozas', maxLength: 300 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  readonly name?: string;

  @ApiPropertyOptional({ type: Number, isArray: true, minItems: 2, maxItems: 2, example: [-74.553, -8.379], description: '[longitude, latitude]' })
  @IsOptional()
  @IsCoordinates()
  readonly position?: [number, number];
}

export class ParticipantDto {
  @Text(200, 'Ejemplo Participante Uno')
  readonly name!: string;

  @ApiProperty({ example: 'PNP', description: 'SERFOR, OSINFOR, the regional authority (ARFFS-…, GERFOR-…), SUNAT (customs), PNP (police), FEMA (environmental prosecutor)…' })
  @Matches(INSTITUTION, { message: 'institution must be an institution code in capitals, e.g. SERFOR, GERFOR-LORETO, SUNAT, PNP, FEMA' })
  readonly institution!: string;

  @Text(200, 'police officer escorting the control')
  readonly role!: string;
}

export class ScaleTicketDto {
  @Text(60, 'BAL-000123')
  readonly number!: string;

  @ApiProperty({ example: 24800, description: 'Net weight on the ticket, kg' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  readonly weightKg!: number;
}

export class PositionFixDto {
  @ApiProperty({ type: Number, isArray: true, minItems: 2, maxItems: 2, example: [-74.553, -8.379], description: '[longitude, latitude]' })
  @IsCoordinates()
  readonly position!: [number, number];

  @ApiProperty({ example: '2026-05-10T18:30:00-05:00' })
  @IsISO8601({ strict: true })
  @Matches(INSTANT, { message: `at ${INSTANT_MESSAGE}` })
  readonly at!: string;
}

export class WitnessDto {
  @Text(200, 'Ejemplo Testigo Uno')
  readonly name!: string;

  @Text(20, '00000000', 'DNI or foreign document number')
  readonly documentId!: string;

  @Text(200, 'the yard’s foreman')
  readonly role!: string;
}

export class EvidenceDto {
  @ApiPropertyOptional({ example: ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'], description: 'SHA-256 of each photo, 64 hex digits' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @Matches(/^[0-9a-f]{64}$/, { each: true, message: 'each photo must be its SHA-256 in 64 lowercase hex digits' })
  readonly photos?: string[];

  @ApiPropertyOptional({ type: [ScaleTicketDto] })
  @IsOptional()
  @NestedArray(() => ScaleTicketDto, { max: 50 })
  readonly scaleTickets?: ScaleTicketDto[];

  @ApiPropertyOptional({ type: [PositionFixDto], description: 'GPS fixes taken during the inspection' })
  @IsOptional()
  @NestedArray(() => PositionFixDto, { max: 200 })
  readonly positions?: PositionFixDto[];

  @ApiPropertyOptional({ type: [WitnessDto] })
  @IsOptional()
  @NestedArray(() => WitnessDto, { max: 50 })
  readonly witnesses?: WitnessDto[];
}

export class InspectionFindingDto {
  @Text(200, 'YIELD_EXCEEDED', "The rule broken: a rule code of the infraction catalogue (its conduct is then suggested), or the conduct in words")
  readonly rule!: string;

  @Text(4000, 'Sawn cedro in the yard with no intake recorded in the operations book')
  readonly message!: string;

  @ApiPropertyOptional({ example: '38 boards of Cedrela odorata, about 2.4 m³', maxLength: 4000 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  readonly observed?: string;

  @ApiProperty({ example: '2026-05-10T18:30:00-05:00', description: 'When the facts were found; not after the report is recorded' })
  @IsISO8601({ strict: true })
  @Matches(INSTANT, { message: `at ${INSTANT_MESSAGE}` })
  readonly at!: string;
}

/** An inspector's report (acta): what was found, where, before whom, and what was gathered. */
export class InspectionDto {
  @ApiProperty({ type: PlaceDto, description: 'A name, a position, or both' })
  @NestedObject(() => PlaceDto)
  @NamesOneOf(['name', 'position'])
  readonly place!: PlaceDto;

  @ApiProperty({ type: [InspectionFindingDto] })
  @NestedArray(() => InspectionFindingDto, { min: 1, max: 50 })
  readonly findings!: InspectionFindingDto[];

  @ApiPropertyOptional({ type: [ParticipantDto], description: 'The officers present: at a joint control, customs (SUNAT), police (PNP), a prosecutor (FEMA)' })
  @IsOptional()
  @NestedArray(() => ParticipantDto, { max: 50 })
  readonly participants?: ParticipantDto[];

  @ApiPropertyOptional({ type: EvidenceDto })
  @IsOptional()
  @NestedObject(() => EvidenceDto)
  readonly evidence?: EvidenceDto;

  @ApiPropertyOptional({ example: ['LOT-2026-000123'], description: 'Lots held or named under the case' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(120, { each: true })
  readonly lots?: string[];
}

/** Whom the case is about, as far as the inspector can name them. */
export class SubjectDto {
  @ApiPropertyOptional({ example: '20123456789', description: 'RUC of the holder' })
  @IsOptional()
  @Matches(TAX_ID, { message: 'holderTaxId must be an 11-digit RUC' })
  readonly holderTaxId?: string;

  @ApiPropertyOptional({ example: '25-UCA/C-J-001-06', maxLength: 120 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  readonly permitId?: string;

  @ApiPropertyOptional({ example: 'GTF-000123', maxLength: 120 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  readonly guideNumber?: string;

  @ApiPropertyOptional({ example: 'ABC-123', maxLength: 20 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  readonly plate?: string;

  @ApiPropertyOptional({ example: '00000000', maxLength: 20 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  readonly driverId?: string;
}

/** A case an inspector opens by hand, before the authority the inspector works for. */
export class OpenCaseDto extends InspectionDto {
  @ApiProperty({ type: SubjectDto, description: 'Any of the identifiers, at least one' })
  @NestedObject(() => SubjectDto)
  @NamesOneOf(['holderTaxId', 'permitId', 'guideNumber', 'plate', 'driverId'])
  readonly subject!: SubjectDto;
}
