import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
} from 'class-validator';
import { NestedArray, NestedObject } from '#http';
import type { Position } from '#shared-kernel';
import { CONSIGNEE_KINDS, type ConsigneeKind, GUIDE_PRODUCT_TYPES, type GuideProductType } from '../domain/guide.js';
import { LOCAL_ID, LOCAL_ID_RULE, PERMIT_ID, PERMIT_ID_RULE, TAX_ID, TAX_ID_RULE } from '../dtos/identifiers.js';
import { IsInstant, IsPosition } from '../dtos/validators.js';
import { ListedPieceDto } from '../dtos/piece.dto.js';
import { CustodyQuantityDto } from '../dtos/quantity.dto.js';

const POSITION_DOC = { type: Number, isArray: true, minItems: 2, maxItems: 2, example: [-74.553889, -8.379167], description: '[longitude, latitude]' };
const ORIGIN_KINDS = ['permit', 'processor'] as const;

/** A truck and its trailers: more plates than this is not one vehicle. */
export const MOST_VEHICLE_PLATES = 5;
/** One line per lot, and a truckload carries a few dozen lots at most. */
export const MOST_GUIDE_LINES = 50;
/** The longest registered routes (Pucallpa to Lima) pass fewer than twenty control points. */
export const MOST_TRAJECTORY_CHECKPOINTS = 30;
/** A truckload of sawn boards runs to a few hundred pieces. */
export const MOST_LISTED_PIECES = 1_000;
/** A CITES permit covers one species, and a load rarely holds more than a handful of listed ones. */
export const MOST_CITES_PERMITS_PER_GUIDE = 20;

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

  @ApiProperty({ type: CustodyQuantityDto, description: 'In the lot’s measure (kg for a `non_timber` lot), at most what it holds' })
  @NestedObject(() => CustodyQuantityDto)
  readonly volume!: CustodyQuantityDto;

  @ApiProperty({ example: 12, minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(100_000)
  readonly pieces!: number;

  @ApiPropertyOptional({
    type: [ListedPieceDto],
    maxItems: MOST_LISTED_PIECES,
    description: 'The piece list ("lista de trozas"), timber lines only: one entry per piece, logs for roundwood and sawn pieces otherwise; each volume is derived from its dimensions and they add up to the line\'s volume within 1 %',
  })
  @IsOptional()
  @NestedArray(() => ListedPieceDto, { max: MOST_LISTED_PIECES })
  readonly pieceList?: ListedPieceDto[];
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
  @ApiProperty({ type: [TrajectoryCheckpointDto], maxItems: MOST_TRAJECTORY_CHECKPOINTS, description: 'In travel order' })
  @NestedArray(() => TrajectoryCheckpointDto, { max: MOST_TRAJECTORY_CHECKPOINTS })
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
  @NestedObject(() => GuideOriginDto)
  readonly origin!: GuideOriginDto;

  @ApiProperty({ type: ConsigneeDto })
  @NestedObject(() => ConsigneeDto)
  readonly consignee!: ConsigneeDto;

  @ApiProperty({ type: DestinationDto })
  @NestedObject(() => DestinationDto)
  readonly destination!: DestinationDto;

  @ApiProperty({ type: [String], minItems: 1, maxItems: MOST_VEHICLE_PLATES, example: ['ABC-123'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MOST_VEHICLE_PLATES)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(20, { each: true })
  readonly vehiclePlates!: string[];

  @ApiProperty({ type: DriverDto })
  @NestedObject(() => DriverDto)
  readonly driver!: DriverDto;

  @ApiProperty({ type: [GuideLineDto], minItems: 1, maxItems: MOST_GUIDE_LINES, description: 'One line per lot' })
  @NestedArray(() => GuideLineDto, { min: 1, max: MOST_GUIDE_LINES })
  readonly lines!: GuideLineDto[];

  @ApiProperty({ example: '2026-05-02T06:00:00-05:00', description: 'Departure; arrival windows count from it' })
  @IsInstant()
  readonly issuedAt!: string;

  @ApiProperty({ example: '2026-05-04T06:00:00-05:00' })
  @IsInstant()
  readonly expiresAt!: string;

  @ApiProperty({ type: TrajectoryDto })
  @NestedObject(() => TrajectoryDto)
  readonly trajectory!: TrajectoryDto;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MOST_CITES_PERMITS_PER_GUIDE,
    example: ['003456/SERFOR-2026'],
    description: 'The CITES permits the load relies on, registered and held by the guide’s holder, owner or consignee',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MOST_CITES_PERMITS_PER_GUIDE)
  @ArrayUnique({ message: 'citesPermits must name each permit once' })
  @Matches(PERMIT_ID, { each: true, message: `each of citesPermits must be ${PERMIT_ID_RULE}` })
  readonly citesPermits?: string[];
}
