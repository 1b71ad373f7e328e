import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsString, MaxLength } from 'class-validator';
import { GREEN_DENSITY_RANGE } from '../domain/density-entry.js';
import { EntryAnnotationsDto } from './entry-annotations.dto.js';

export class DensityEntryDto extends EntryAnnotationsDto {
  @ApiProperty({ example: 'Cedrela odorata', maxLength: 120 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  scientificName!: string;

  @ApiProperty({ example: 800, minimum: GREEN_DENSITY_RANGE.min, maximum: GREEN_DENSITY_RANGE.max, description: 'Green (fresh-felled) density, kg/m³' })
  @IsNumber()
  greenKgPerM3!: number;
}
