import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNumber, IsOptional, IsPositive, Matches, Min, ValidateBy, type ValidationOptions } from 'class-validator';
import { NestedArray, NestedObject } from '#http';
import { type Position, QUANTITY_UNITS, type QuantityUnit } from '#shared-kernel';
import { isScientificName } from '../../domain/guide.names.js';
import { LOCAL_ID, LOCAL_ID_RULE } from '../../dtos/identifiers.js';
import { IsInstant, IsPosition } from '../../dtos/validators.js';
import { PIECE_CODE, PieceDimensionsDto } from '../../dtos/piece.dto.js';
import { MOST_LISTED_PIECES } from '../../issue-guide/issue-guide.dto.js';

/** The device's own id for a scan. */
export const SCAN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const SCAN_ID_RULE = 'letters, digits and . _ -, at most 64, starting with a letter or digit';

/** Plates as painted (`ABC-123`, `A1B 234`): compared without spaces, dashes or case. */
const PLATE = /^[A-Za-z0-9]([A-Za-z0-9 -]{0,18}[A-Za-z0-9])?$/;

/** A DNI or a foreign document number. */
const DRIVER_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/;

/** One line per species found on the truck: as many as a guide has lines at most. */
export const MOST_OBSERVED_LINES = 50;
/** As many as a guide line may list. */
export const MOST_CHECKED_PIECES = MOST_LISTED_PIECES;

function IsScientificName(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isScientificName',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isScientificName(value),
        defaultMessage: (args) => `${args?.property ?? 'scientificName'} must be a binomial ("Cedrela odorata") or a genus ("Dipteryx")`,
      },
    },
    options,
  );
}

/** What was measured (or weighed, for a product traded by weight) on the truck: 0 is a finding too (nothing of it there). */
export class ObservedVolumeDto {
  @ApiProperty({ example: 19.6, minimum: 0 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  readonly value!: number;

  @ApiProperty({ enum: QUANTITY_UNITS, example: 'm3', description: '`kg` for a product traded by weight; compared in the unit of the declared line' })
  @IsIn(QUANTITY_UNITS)
  readonly unit!: QuantityUnit;
}

export class ObservedLineDto {
  @ApiProperty({ example: 'Cedrelinga cateniformis', description: 'As identified on the truck: a binomial, or a genus' })
  @IsScientificName()
  readonly scientificName!: string;

  @ApiProperty({ example: 12, minimum: 0 })
  @IsInt()
  @Min(0)
  readonly pieces!: number;

  @ApiProperty({ type: ObservedVolumeDto })
  @NestedObject(() => ObservedVolumeDto)
  readonly volume!: ObservedVolumeDto;
}

/** A piece the checkpoint checked by its code, with what it identified and measured where it did. */
export class CheckedPieceDto {
  @ApiProperty({ example: 'T-0412', description: "The code on the piece, as the guide's piece list names it" })
  @Matches(PIECE_CODE, { message: 'code must be letters, digits and . _ - /, at most 40, starting with a letter or digit' })
  readonly code!: string;

  @ApiPropertyOptional({ example: 'Cedrelinga cateniformis', description: 'As identified on the piece: a binomial, or a genus' })
  @IsOptional()
  @IsScientificName()
  readonly scientificName?: string;

  @ApiPropertyOptional({ type: PieceDimensionsDto, description: 'As measured' })
  @IsOptional()
  @NestedObject(() => PieceDimensionsDto)
  readonly dimensions?: PieceDimensionsDto;
}

export class ScanShipmentDto {
  @ApiProperty({ example: '7f9c1d2e-5b1a-4c8e-9a77-0d3e2b6f4a10', description: `The device's id for this scan (${SCAN_ID_RULE}): sending the scan again answers the first verdict; another observation under it is refused (409)` })
  @Matches(SCAN_ID, { message: `scanId must be ${SCAN_ID_RULE}` })
  readonly scanId!: string;

  @ApiProperty({ example: 'GTF-2026-000123', description: 'As printed on the guide the driver shows; a number never issued is recorded and judged too' })
  @Matches(LOCAL_ID, { message: `guideNumber must be ${LOCAL_ID_RULE}` })
  readonly guideNumber!: string;

  @ApiProperty({ example: 'ABC-123' })
  @Matches(PLATE, { message: 'plate must be letters and digits, with spaces or dashes between them, at most 20' })
  readonly plate!: string;

  @ApiProperty({ example: '44556677', description: "The driver's DNI or foreign document number" })
  @Matches(DRIVER_ID, { message: 'driverId must be letters, digits and -, at most 20, starting with a letter or digit' })
  readonly driverId!: string;

  @ApiProperty({ type: [ObservedLineDto], maxItems: MOST_OBSERVED_LINES, description: 'Per species found on the truck; empty when it carries nothing' })
  @NestedArray(() => ObservedLineDto, { max: MOST_OBSERVED_LINES })
  readonly observedLines!: ObservedLineDto[];

  @ApiPropertyOptional({ example: 24800, description: 'Net weight of the load on a highway scale, when the checkpoint has one' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  readonly scaleWeightKg?: number;

  @ApiPropertyOptional({ type: [CheckedPieceDto], maxItems: MOST_CHECKED_PIECES, description: "Pieces checked one by one against the guide's piece lists; a code not listed is an undeclared piece" })
  @IsOptional()
  @NestedArray(() => CheckedPieceDto, { max: MOST_CHECKED_PIECES })
  readonly checkedPieces?: CheckedPieceDto[];

  @ApiProperty({ example: '2026-05-02T07:00:00-05:00', description: 'When the load was scanned, with its offset; not later than the server clock beyond a small skew' })
  @IsInstant()
  readonly observedAt!: string;

  @ApiProperty({ type: Number, isArray: true, minItems: 2, maxItems: 2, example: [-74.611826, -8.393874], description: "The device's fix, [longitude, latitude]" })
  @IsPosition()
  readonly position!: Position;
}
