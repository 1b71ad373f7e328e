import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, IsPositive, Matches, Max, ValidateIf } from 'class-validator';
import { NestedObject } from '#http';
import { PIECE_SHAPES, type PieceDimensions, type PieceShape } from '../domain/piece-list.js';

/** Codes painted or tagged on a piece: letters, digits and . _ - /. */
export const PIECE_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/;
const PIECE_CODE_RULE = 'letters, digits and . _ - /, at most 40, starting with a letter or digit';

/** No log or board is longer than a trailer. */
const LONGEST_M = 30;

const isLog = (dimensions: PieceDimensionsDto) => dimensions.shape === 'log';
const isSawn = (dimensions: PieceDimensionsDto) => dimensions.shape === 'sawn';

const Metres = () => applyDecorators(IsNumber({ allowNaN: false, allowInfinity: false }), IsPositive(), Max(LONGEST_M));

export class PieceDimensionsDto {
  @ApiProperty({ enum: PIECE_SHAPES, description: '`log`: end diameters and length (volume by Smalian); `sawn`: thickness, width and length' })
  @IsIn(PIECE_SHAPES)
  readonly shape!: PieceShape;

  @ApiPropertyOptional({ example: 0.72, description: 'm, with shape `log`' })
  @ValidateIf(isLog)
  @Metres()
  readonly largeEndDiameterM?: number;

  @ApiPropertyOptional({ example: 0.64, description: 'm, with shape `log`' })
  @ValidateIf(isLog)
  @Metres()
  readonly smallEndDiameterM?: number;

  @ApiPropertyOptional({ example: 0.05, description: 'm, with shape `sawn`' })
  @ValidateIf(isSawn)
  @Metres()
  readonly thicknessM?: number;

  @ApiPropertyOptional({ example: 0.2, description: 'm, with shape `sawn`' })
  @ValidateIf(isSawn)
  @Metres()
  readonly widthM?: number;

  @ApiProperty({ example: 4.2, description: 'm' })
  @Metres()
  readonly lengthM!: number;
}

export function dimensionsOf(dto: PieceDimensionsDto): PieceDimensions {
  return dto.shape === 'log'
    ? { shape: 'log', largeEndDiameterM: dto.largeEndDiameterM!, smallEndDiameterM: dto.smallEndDiameterM!, lengthM: dto.lengthM }
    : { shape: 'sawn', thicknessM: dto.thicknessM!, widthM: dto.widthM!, lengthM: dto.lengthM };
}

/** A piece of a guide line's piece list. */
export class ListedPieceDto {
  @ApiProperty({ example: 'T-0412', description: `The piece's code (${PIECE_CODE_RULE}), unique on the guide` })
  @Matches(PIECE_CODE, { message: `code must be ${PIECE_CODE_RULE}` })
  readonly code!: string;

  @ApiProperty({ type: PieceDimensionsDto })
  @NestedObject(() => PieceDimensionsDto)
  readonly dimensions!: PieceDimensionsDto;
}
