import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { EntryAnnotationsDto } from './entry-annotations.dto.js';

export class SpeciesValueEntryDto extends EntryAnnotationsDto {
  @ApiProperty({ example: 'Cedrela odorata', maxLength: 120 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  scientificName!: string;

  @ApiProperty({ example: '850.50', pattern: '^(0|[1-9]\\d*)(\\.\\d+)?$', maxLength: 20, description: 'Soles per m³ in natural state (standing or roundwood): a decimal string, never a number' })
  @IsString()
  @MaxLength(20)
  solesPerM3!: string;
}
