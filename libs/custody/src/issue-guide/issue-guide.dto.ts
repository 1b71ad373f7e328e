import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { Position } from '#shared-kernel';
import { CONSIGNEE_KINDS, type ConsigneeKind, GUIDE_PRODUCT_TYPES, type GuideProductType } from '../domain/guide.js';
import { LOCAL_ID, LOCAL_ID_RULE, PERMIT_ID, PERMIT_ID_RULE, TAX_ID, TAX_ID_RULE } from '../dtos/identifiers.js';
import { IsInstant, IsPosition } from '../dtos/validators.js';
import { CustodyVolumeDto } from '../dtos/volume.dto.js';

const POSITION_DOC = { type: Number, isArray: true, minItems: 2, maxItems: 2, example: [-74.553889, -8.379167], description: '[longitude, latitude]' };
const ORIGIN_KINDS = ['permit', 'processor'] as const;

export class GuideOriginDto {
  @ApiProperty({ enum: ORIGIN_KINDS, description: "`permit`: timber from a permit's harvest plan; `processor`: a processor's products" })
  @IsIn(ORIGIN_KINDS)
  readonly kind!: (typeof ORIGIN_KINDS)[number];

  @ApiPropertyOptional({ example: '25-UCA/C-J-001-02', description: 'With kind `permit`' })
  @ValidateIf((origin: GuideOriginDto) => origin.kind === 'permit')
  @Matches(PERMIT_ID, { message: `permitId must be ${PERMIT_ID_RULE}` })
  readonly permitId?: string;

  @ApiPropertyOptional({ example: 'POA-6', description: 'With kind `permit`' })
  @ValidateIf((origin: GuideOriginDto) => origin.kind === 'permit')
  @Matches(LOCAL_ID, { message: `planId must be ${LOCAL_ID_RULE}` })
  readonly planId?: string;

  @ApiPropertyOptional({ example: 'CTP-UCA-014', description: "With kind `processor`: the processor's facility id" })
  @ValidateIf((origin: GuideOriginDto) => origin.kind === 'processor')
  @Matches(LOCAL_ID, { message: `processorId must be ${LOCAL_ID_RULE}` })
  readonly processorId?: string;

  @ApiProperty({ ...POSITION_DOC, description: 'The departure point, [longitude, latitude]' })
  @IsPosition()
  readonly position!: Position;
}

export class ConsigneeDto {
  @ApiProperty({ example: '20600000014' })
  @Matches(TAX_ID, { message: `taxId must be ${TAX_ID_RULE}` })
  readonly taxId!: string;

  @ApiProperty({ enum: CONSIGNEE_KINDS })
  @IsIn(CONSIGNEE_KINDS)
  readonly kind!: ConsigneeKind;

  @ApiProperty({ example: 'CTP-UCA-014' })
  @Matches(LOCAL_ID, { message: `facilityId must be ${LOCAL_ID_RULE}` })
  readonly facilityId!: string;
}

export class DestinationDto {
  @ApiProperty({ example: 'CTP-UCA-014', description: 'The facility that takes delivery' })
  @Matches(LOCAL_ID, { message: `facilityId must be ${LOCAL_ID_RULE}` })
  readonly facilityId!: string;

  @ApiProperty(POSITION_DOC)
  @IsPosition()
  readonly position!: Position;
}

export class DriverDto {
  @ApiProperty({ example: '44556677', description: 'Identity document number' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  readonly id!: string;

  @ApiProperty({ example: 'Q44556677' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  readonly licence!: string;
}

export class GuideLineDto {
  @ApiProperty({ example: 'LOT-0001', description: 'A lot the caller keeps' })
  @Matches(LOCAL_ID, { message: `lotId must be ${LOCAL_ID_RULE}` })
  readonly lotId!: string;

  @ApiProperty({ example: 'Cedrelinga cateniformis', description: "The lot's species, or its genus alone where the genus may travel at genus level" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  readonly scientificName!: string;

  @ApiProperty({ example: 'tornillo' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  readonly commonName!: string;

  @ApiProperty({ enum: GUIDE_PRODUCT_TYPES })
  @IsIn(GUIDE_PRODUCT_TYPES)
  readonly productType!: GuideProductType;

  @ApiProperty({ type: CustodyVolumeDto, description: 'At most what the lot holds' })
  @ValidateNested()
  @Type(() => CustodyVolumeDto)
  readonly volume!: CustodyVolumeDto;

  @ApiProperty({ example: 12, minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(100_000)
  readonly pieces!: number;
}

export class TrajectoryCheckpointDto {
  @ApiProperty({ example: 'UC-CFB-K010', description: 'A code of the checkpoints catalogue in force at issuedAt' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  readonly code!: string;

  @ApiPropertyOptional({ ...POSITION_DOC, description: "Defaults to the catalogue's position of the checkpoint" })
  @IsOptional()
  @IsPosition()
  readonly position?: Position;

  @ApiPropertyOptional({ default: true, description: 'A mandatory checkpoint may not be skipped' })
  @IsOptional()
  @IsBoolean()
  readonly mandatory?: boolean;

  @ApiProperty({ example: 10, minimum: 0, description: 'Minutes after departure (issuedAt)' })
  @IsInt()
  @Min(0)
  readonly earliestArrivalMinutes!: number;

  @ApiProperty({ example: 120, minimum: 0, description: 'Minutes after departure (issuedAt)' })
  @IsInt()
  @Min(0)
  readonly latestArrivalMinutes!: number;
}

export class TrajectoryDto {
  @ApiProperty({ type: [TrajectoryCheckpointDto], description: 'In travel order' })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => TrajectoryCheckpointDto)
  readonly checkpoints!: TrajectoryCheckpointDto[];

  @ApiPropertyOptional({ example: 3, description: 'Half-width of the corridor around the route; the configured one when absent' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(500)
  readonly corridorWidthKm?: number;
}

/** A transport guide (GTF) as its issuer swears it, with the trajectory this system registers. */
export class IssueGuideDto {
  @ApiProperty({ example: 'GTF-2026-000123' })
  @Matches(LOCAL_ID, { message: `number must be ${LOCAL_ID_RULE}` })
  readonly number!: string;

  @ApiProperty({ example: 'REG-ATFFS-UCA-2026-004512' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  readonly registrationNumber!: string;

  @ApiProperty({ example: 'ATFFS-UCAYALI', description: 'The forest authority that registered the guide' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  readonly authority!: string;

  @ApiProperty({ example: '20123456789' })
  @Matches(TAX_ID, { message: `issuerTaxId must be ${TAX_ID_RULE}` })
  readonly issuerTaxId!: string;

  @ApiProperty({ example: '20123456789', description: "For a permit's timber, the permit holder calling" })
  @Matches(TAX_ID, { message: `holderTaxId must be ${TAX_ID_RULE}` })
  readonly holderTaxId!: string;

  @ApiProperty({ example: '20123456789' })
  @Matches(TAX_ID, { message: `ownerTaxId must be ${TAX_ID_RULE}` })
  readonly ownerTaxId!: string;

  @ApiProperty({ type: GuideOriginDto })
  @ValidateNested()
  @Type(() => GuideOriginDto)
  readonly origin!: GuideOriginDto;

  @ApiProperty({ type: ConsigneeDto })
  @ValidateNested()
  @Type(() => ConsigneeDto)
  readonly consignee!: ConsigneeDto;

  @ApiProperty({ type: DestinationDto })
  @ValidateNested()
  @Type(() => DestinationDto)
  readonly destination!: DestinationDto;

  @ApiProperty({ type: [String], example: ['ABC-123'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(20, { each: true })
  readonly vehiclePlates!: string[];

  @ApiProperty({ type: DriverDto })
  @ValidateNested()
  @Type(() => DriverDto)
  readonly driver!: DriverDto;

  @ApiProperty({ type: [GuideLineDto], description: 'One line per lot' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => GuideLineDto)
  readonly lines!: GuideLineDto[];

  @ApiProperty({ example: '2026-05-02T06:00:00-05:00', description: 'Departure; arrival windows count from it' })
  @IsInstant()
  readonly issuedAt!: string;

  @ApiProperty({ example: '2026-05-04T06:00:00-05:00' })
  @IsInstant()
  readonly expiresAt!: string;

  @ApiProperty({ type: TrajectoryDto })
  @ValidateNested()
  @Type(() => TrajectoryDto)
  readonly trajectory!: TrajectoryDto;

  @ApiPropertyOptional({
    type: [String],
    example: ['003456/SERFOR-2026'],
    description: 'The CITES permits the load relies on, registered and held by the guide’s holder, owner or consignee',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'citesPermits must name each permit once' })
  @Matches(PERMIT_ID, { each: true, message: `each of citesPermits must be ${PERMIT_ID_RULE}` })
  readonly citesPermits?: string[];
}
