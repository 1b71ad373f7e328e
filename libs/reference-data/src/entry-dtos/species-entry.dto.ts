import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { type Measure, MEASURES } from '#shared-kernel';
import { CITES_APPENDICES, type CitesAppendix, THREAT_CATEGORIES, type ThreatCategory } from '../domain/species-entry.js';
import { EntryAnnotationsDto } from './entry-annotations.dto.js';

/** Regional names of one species: a dozen is many, fifty is plenty. */
const MOST_COMMON_NAMES = 50;

export class SpeciesEntryDto extends EntryAnnotationsDto {
  @ApiProperty({ example: 'Cedrela odorata', maxLength: 120 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  scientificName!: string;

  @ApiProperty({ example: 'Meliaceae', maxLength: 80 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  family!: string;

  @ApiProperty({ type: [String], maxItems: MOST_COMMON_NAMES, example: ['cedro', 'cedro colorado'], description: 'Aliases only: matching is on scientific names' })
  @IsArray()
  @ArrayMaxSize(MOST_COMMON_NAMES)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  commonNames!: string[];

  @ApiProperty({ description: 'Timber of this genus may travel identified at genus level only' })
  @IsBoolean()
  genusLevelAllowed!: boolean;

  @ApiProperty({ enum: THREAT_CATEGORIES, nullable: true, description: 'Threat category in Peru; null when not threatened' })
  @ValidateIf((_, value) => value !== null)
  @IsIn(THREAT_CATEGORIES)
  threatCategory!: ThreatCategory | null;

  @ApiProperty({ enum: CITES_APPENDICES, nullable: true, description: 'CITES appendix; null when not listed' })
  @ValidateIf((_, value) => value !== null)
  @IsIn(CITES_APPENDICES)
  citesAppendix!: CitesAppendix | null;

  @ApiPropertyOptional({ enum: MEASURES, description: 'weight for a non-timber forest product traded in kg; absent for timber, traded by volume' })
  @IsOptional()
  @IsIn(MEASURES)
  tradedBy?: Measure;
}
