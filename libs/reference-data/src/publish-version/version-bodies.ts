import type { Type as Class } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsInt, IsOptional, IsString, Min, MaxLength, ValidateNested } from 'class-validator';
import type { Catalogue } from '../domain/catalogue.js';
import { CheckpointEntryDto } from '../entry-dtos/checkpoint-entry.dto.js';
import { DensityEntryDto } from '../entry-dtos/density-entry.dto.js';
import { SpeciesEntryDto } from '../entry-dtos/species-entry.dto.js';
import { UitEntryDto } from '../entry-dtos/uit-entry.dto.js';
import { UnitEntryDto } from '../entry-dtos/unit-entry.dto.js';
import { YieldCoefficientEntryDto } from '../entry-dtos/yield-coefficient-entry.dto.js';
import { IsReferenceInstant } from '../is-reference-instant.js';

const MAX_ENTRIES = 5000;

/** A new version of a catalogue: its whole content, not a patch, so every version stands on its own. */
export class VersionBody {
  @ApiProperty({ example: 2, minimum: 1, description: "The catalogue's current version + 1; a number already taken answers 409" })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ example: '2026-01-01', description: 'ISO-8601 date or date-time (without an offset: Peru time); not before the current version\'s' })
  @IsString()
  @IsReferenceInstant()
  effectiveFrom!: string;

  @ApiPropertyOptional({ example: 'UIT 2026 confirmed by decree', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class SpeciesVersionBody extends VersionBody {
  @ApiProperty({ type: [SpeciesEntryDto] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => SpeciesEntryDto)
  entries!: SpeciesEntryDto[];
}

export class DensitiesVersionBody extends VersionBody {
  @ApiProperty({ type: [DensityEntryDto] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => DensityEntryDto)
  entries!: DensityEntryDto[];
}

export class YieldCoefficientsVersionBody extends VersionBody {
  @ApiProperty({ type: [YieldCoefficientEntryDto] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => YieldCoefficientEntryDto)
  entries!: YieldCoefficientEntryDto[];
}

export class CheckpointsVersionBody extends VersionBody {
  @ApiProperty({ type: [CheckpointEntryDto] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => CheckpointEntryDto)
  entries!: CheckpointEntryDto[];
}

export class UitVersionBody extends VersionBody {
  @ApiProperty({ type: [UitEntryDto] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => UitEntryDto)
  entries!: UitEntryDto[];
}

export class UnitsVersionBody extends VersionBody {
  @ApiProperty({ type: [UnitEntryDto] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => UnitEntryDto)
  entries!: UnitEntryDto[];
}

/** The body each catalogue's version is validated as, over HTTP and from the shipped files alike. */
export const VERSION_BODIES: { readonly [C in Catalogue]: Class<VersionBody> } = {
  species: SpeciesVersionBody,
  densities: DensitiesVersionBody,
  'yield-coefficients': YieldCoefficientsVersionBody,
  checkpoints: CheckpointsVersionBody,
  uit: UitVersionBody,
  units: UnitsVersionBody,
};
