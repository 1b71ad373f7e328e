import type { Type as Class } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Min, MaxLength } from 'class-validator';
import { NestedArray } from '#http';
import type { Catalogue } from '../domain/catalogue.js';
import { CertifiedIdentifierEntryDto } from '../entry-dtos/certified-identifier-entry.dto.js';
import { CheckpointEntryDto } from '../entry-dtos/checkpoint-entry.dto.js';
import { DensityEntryDto } from '../entry-dtos/density-entry.dto.js';
import { HolidayEntryDto } from '../entry-dtos/holiday-entry.dto.js';
import { InfractionEntryDto } from '../entry-dtos/infraction-entry.dto.js';
import { RoadEntryDto } from '../entry-dtos/road-entry.dto.js';
import { ScanRuleEntryDto } from '../entry-dtos/scan-rule-entry.dto.js';
import { SpeciesEntryDto } from '../entry-dtos/species-entry.dto.js';
import { SpeciesValueEntryDto } from '../entry-dtos/species-value-entry.dto.js';
import { UitEntryDto } from '../entry-dtos/uit-entry.dto.js';
import { UnitEntryDto } from '../entry-dtos/unit-entry.dto.js';
import { YieldCoefficientEntryDto } from '../entry-dtos/yield-coefficient-entry.dto.js';
import { IsReferenceInstant } from '../is-reference-instant.js';

/** The species catalogue, the longest, holds about a thousand timber species of Peru: room for all of them and more. */
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
  @ApiProperty({ type: [SpeciesEntryDto], minItems: 1, maxItems: MAX_ENTRIES })
  @NestedArray(() => SpeciesEntryDto, { min: 1, max: MAX_ENTRIES })
  entries!: SpeciesEntryDto[];
}

export class DensitiesVersionBody extends VersionBody {
  @ApiProperty({ type: [DensityEntryDto], minItems: 1, maxItems: MAX_ENTRIES })
  @NestedArray(() => DensityEntryDto, { min: 1, max: MAX_ENTRIES })
  entries!: DensityEntryDto[];
}

export class YieldCoefficientsVersionBody extends VersionBody {
  @ApiProperty({ type: [YieldCoefficientEntryDto], minItems: 1, maxItems: MAX_ENTRIES })
  @NestedArray(() => YieldCoefficientEntryDto, { min: 1, max: MAX_ENTRIES })
  entries!: YieldCoefficientEntryDto[];
}

export class CheckpointsVersionBody extends VersionBody {
  @ApiProperty({ type: [CheckpointEntryDto], minItems: 1, maxItems: MAX_ENTRIES })
  @NestedArray(() => CheckpointEntryDto, { min: 1, max: MAX_ENTRIES })
  entries!: CheckpointEntryDto[];
}

export class UitVersionBody extends VersionBody {
  @ApiProperty({ type: [UitEntryDto], minItems: 1, maxItems: MAX_ENTRIES })
  @NestedArray(() => UitEntryDto, { min: 1, max: MAX_ENTRIES })
  entries!: UitEntryDto[];
}

export class UnitsVersionBody extends VersionBody {
  @ApiProperty({ type: [UnitEntryDto], minItems: 1, maxItems: MAX_ENTRIES })
  @NestedArray(() => UnitEntryDto, { min: 1, max: MAX_ENTRIES })
  entries!: UnitEntryDto[];
}

export class InfractionsVersionBody extends VersionBody {
  @ApiProperty({ type: [InfractionEntryDto], minItems: 1, maxItems: MAX_ENTRIES })
  @NestedArray(() => InfractionEntryDto, { min: 1, max: MAX_ENTRIES })
  entries!: InfractionEntryDto[];
}

export class HolidaysVersionBody extends VersionBody {
  @ApiProperty({ type: [HolidayEntryDto], minItems: 1, maxItems: MAX_ENTRIES })
  @NestedArray(() => HolidayEntryDto, { min: 1, max: MAX_ENTRIES })
  entries!: HolidayEntryDto[];
}

export class SpeciesValuesVersionBody extends VersionBody {
  @ApiProperty({ type: [SpeciesValueEntryDto], minItems: 1, maxItems: MAX_ENTRIES })
  @NestedArray(() => SpeciesValueEntryDto, { min: 1, max: MAX_ENTRIES })
  entries!: SpeciesValueEntryDto[];
}

export class CertifiedIdentifiersVersionBody extends VersionBody {
  @ApiProperty({ type: [CertifiedIdentifierEntryDto], minItems: 1, maxItems: MAX_ENTRIES })
  @NestedArray(() => CertifiedIdentifierEntryDto, { min: 1, max: MAX_ENTRIES })
  entries!: CertifiedIdentifierEntryDto[];
}

export class RoadsVersionBody extends VersionBody {
  @ApiProperty({ type: [RoadEntryDto], minItems: 1, maxItems: MAX_ENTRIES })
  @NestedArray(() => RoadEntryDto, { min: 1, max: MAX_ENTRIES })
  entries!: RoadEntryDto[];
}

export class ScanRulesVersionBody extends VersionBody {
  @ApiProperty({ type: [ScanRuleEntryDto], minItems: 1, maxItems: MAX_ENTRIES })
  @NestedArray(() => ScanRuleEntryDto, { min: 1, max: MAX_ENTRIES })
  entries!: ScanRuleEntryDto[];
}

/** The body each catalogue's version is validated as, over HTTP and from the shipped files alike. */
export const VERSION_BODIES: { readonly [C in Catalogue]: Class<VersionBody> } = {
  species: SpeciesVersionBody,
  densities: DensitiesVersionBody,
  'yield-coefficients': YieldCoefficientsVersionBody,
  checkpoints: CheckpointsVersionBody,
  uit: UitVersionBody,
  units: UnitsVersionBody,
  infractions: InfractionsVersionBody,
  holidays: HolidaysVersionBody,
  'species-values': SpeciesValuesVersionBody,
  'certified-identifiers': CertifiedIdentifiersVersionBody,
  roads: RoadsVersionBody,
  'scan-rules': ScanRulesVersionBody,
};
