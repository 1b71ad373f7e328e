import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { NestedArray } from '#http';
import { ROAD_MODES, type RoadMode } from '../domain/road-entry.js';
import { EntryAnnotationsDto } from './entry-annotations.dto.js';

/** The longest route of the network (a river from Pucallpa to Iquitos) passes a few dozen places: room for any road. */
const MOST_PLACES = 200;

export class RoadPlaceDto {
  @ApiPropertyOptional({ example: 'UC-CFB-K010', maxLength: 40, description: 'A code of the checkpoints catalogue; or give `town`' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  checkpoint?: string;

  @ApiPropertyOptional({ example: 'Pucallpa', maxLength: 120, description: 'A town on the road; or give `checkpoint`' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  town?: string;

  @ApiProperty({ example: 10, minimum: 0, description: 'km from the place before along the road; 0 for the first place' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  kmFromPrevious!: number;
}

export class RoadEntryDto extends EntryAnnotationsDto {
  @ApiProperty({ example: 'PUCALLPA-TINGO-MARIA', pattern: '^[A-Z0-9]+(-[A-Z0-9]+)*$', maxLength: 60 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  code!: string;

  @ApiProperty({ example: 'Carretera Federico Basadre (Pucallpa - Tingo María)', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ROAD_MODES, description: '`road`: by truck; `river`: by boat' })
  @IsIn(ROAD_MODES)
  mode!: RoadMode;

  @ApiProperty({ type: [RoadPlaceDto], minItems: 2, maxItems: MOST_PLACES, description: 'In order along the road' })
  @NestedArray(() => RoadPlaceDto, { min: 2, max: MOST_PLACES })
  places!: RoadPlaceDto[];
}
