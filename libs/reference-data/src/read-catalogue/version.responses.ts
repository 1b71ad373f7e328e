import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { CATALOGUES, type Catalogue } from '../domain/catalogue.js';
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
import type { SpeciesEntry } from '../domain/species-entry.js';
import type { PublishedReferenceVersion } from '../integration/reference-data.js';

const ENTRY_DTOS = [
  SpeciesEntryDto,
  DensityEntryDto,
  YieldCoefficientEntryDto,
  CheckpointEntryDto,
  UitEntryDto,
  UnitEntryDto,
  InfractionEntryDto,
  HolidayEntryDto,
  SpeciesValueEntryDto,
  CertifiedIdentifierEntryDto,
  RoadEntryDto,
  ScanRuleEntryDto,
];

export class PublisherResponse {
  @ApiProperty({ example: 'user-42' })
  readonly id!: string;

  @ApiProperty({ example: 'regulator' })
  readonly role!: string;

  @ApiPropertyOptional({ example: 'SERFOR' })
  readonly organisation?: string;
}

export class VersionSummaryResponse {
  @ApiProperty({ enum: CATALOGUES })
  readonly catalogue!: Catalogue;

  @ApiProperty({ example: 2 })
  readonly version!: number;

  @ApiProperty({ example: '2026-01-01', description: 'In force from this date or date-time (without an offset: Peru time) until a later version takes over' })
  readonly effectiveFrom!: string;

  @ApiPropertyOptional()
  readonly note?: string;

  @ApiProperty({ example: '2025-12-15T14:03:00.000Z' })
  readonly publishedAt!: string;

  @ApiProperty({ type: PublisherResponse })
  readonly publishedBy!: PublisherResponse;

  @ApiProperty({ example: 47 })
  readonly entryCount!: number;
}

@ApiExtraModels(...ENTRY_DTOS)
export class CatalogueVersionResponse extends VersionSummaryResponse {
  @ApiProperty({
    type: 'array',
    description: 'The whole catalogue as this version has it; each entry has the shape of its catalogue',
    items: { oneOf: ENTRY_DTOS.map((dto) => ({ $ref: getSchemaPath(dto) })) },
  })
  readonly entries!: readonly object[];
}

export class VersionHistoryResponse {
  @ApiProperty({ enum: CATALOGUES })
  readonly catalogue!: Catalogue;

  @ApiProperty({ type: [VersionSummaryResponse], description: 'In publication order' })
  readonly versions!: readonly VersionSummaryResponse[];
}

export class SpeciesInForceResponse {
  @ApiProperty({ description: 'The species catalogue version the answer comes from', example: 1 })
  readonly version!: number;

  @ApiProperty({ example: '2000-01-01' })
  readonly effectiveFrom!: string;

  @ApiProperty({ type: SpeciesEntryDto })
  readonly species!: SpeciesEntry;
}

export function versionSummary({ catalogue, version, effectiveFrom, note, publishedAt, publishedBy, entries }: PublishedReferenceVersion): VersionSummaryResponse {
  return { catalogue, version, effectiveFrom, ...(note === undefined ? {} : { note }), publishedAt, publishedBy, entryCount: entries.length };
}

export function catalogueVersion(version: PublishedReferenceVersion): CatalogueVersionResponse {
  return { ...versionSummary(version), entries: version.entries };
}
