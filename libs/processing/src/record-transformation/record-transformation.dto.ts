import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { NestedArray, NestedObject } from '#http';
import type { TimberProduct } from '../domain/processor.js';
import { LOCAL_ID, LOCAL_ID_RULE, PRODUCT_TYPES } from '../dtos/identifiers.js';
import { IsIsoInstant } from '../dtos/instant.validator.js';
import { ProcessingVolumeDto } from '../dtos/volume.dto.js';

export class TransformationInputDto {
  @ApiProperty({ example: 'LOT-0001', description: 'A lot in the inventory: received under a guide, or produced here' })
  @Matches(LOCAL_ID, { message: `lotId must be ${LOCAL_ID_RULE}` })
  readonly lotId!: string;

  @ApiProperty({ type: ProcessingVolumeDto, description: 'How much of the lot the transformation takes' })
  @NestedObject(() => ProcessingVolumeDto)
  readonly volume!: ProcessingVolumeDto;
}

export class TransformationOutputDto {
  @ApiProperty({ enum: PRODUCT_TYPES, description: 'Timber only: products traded by weight (non_timber) have no yield coefficient and are not transformed' })
  @IsIn(PRODUCT_TYPES)
  readonly productType!: TimberProduct;

  @ApiProperty({ example: 'Cedrela odorata', description: 'Scientific name; one of the inputs’ species' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  readonly species!: string;

  @ApiProperty({ type: ProcessingVolumeDto })
  @NestedObject(() => ProcessingVolumeDto)
  readonly volume!: ProcessingVolumeDto;
}

export class YieldExceptionDto {
  @ApiProperty({ example: 'High-grade logs; yield study attached', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  readonly reason!: string;
}

/** A day's sawing at a large mill takes a few dozen lots: room for several times that. */
export const MOST_TRANSFORMATION_INPUTS = 200;
/** A batch of veneer or sawn grades makes a few dozen product lots: room for several times that. */
export const MOST_TRANSFORMATION_OUTPUTS = 200;

/** Input lots taken from the inventory, product lots made of them. */
export class RecordTransformationDto {
  @ApiPropertyOptional({ example: 'TR-2026-0042', description: `Unique at the facility (${LOCAL_ID_RULE}); default: generated` })
  @IsOptional()
  @Matches(LOCAL_ID, { message: `transformationId must be ${LOCAL_ID_RULE}` })
  readonly transformationId?: string;

  @ApiPropertyOptional({ example: '2026-05-10T09:00:00-05:00', description: 'When it happened (ISO-8601), judged with the yield coefficients in force then; default: when the request arrives' })
  @IsOptional()
  @IsIsoInstant()
  readonly at?: string;

  @ApiProperty({ type: [TransformationInputDto], minItems: 1, maxItems: MOST_TRANSFORMATION_INPUTS })
  @NestedArray(() => TransformationInputDto, { min: 1, max: MOST_TRANSFORMATION_INPUTS })
  readonly inputs!: TransformationInputDto[];

  @ApiProperty({ type: [TransformationOutputDto], minItems: 1, maxItems: MOST_TRANSFORMATION_OUTPUTS, description: 'Each becomes a new product lot; its id is generated and answered' })
  @NestedArray(() => TransformationOutputDto, { min: 1, max: MOST_TRANSFORMATION_OUTPUTS })
  readonly outputs!: TransformationOutputDto[];

  @ApiPropertyOptional({ type: YieldExceptionDto, description: 'Declares output above the maximum yield on purpose: recorded, and flagged for review' })
  @IsOptional()
  @NestedObject(() => YieldExceptionDto)
  readonly exception?: YieldExceptionDto;
}
