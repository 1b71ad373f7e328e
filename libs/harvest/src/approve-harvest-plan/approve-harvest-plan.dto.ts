import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsOptional, IsPositive, IsString, Matches, MaxLength } from 'class-validator';
import { NestedArray, NestedObject } from '#http';
import { LOCAL_ID, LOCAL_ID_RULE } from '../dtos/identifiers.js';
import { PolygonDto } from '../dtos/polygon.dto.js';
import { PlanValidityDto } from '../dtos/validity.dto.js';
import { HarvestVolumeDto } from '../dtos/volume.dto.js';

export class SpeciesAuthorisationDto {
  @ApiProperty({ example: 'Cedrela odorata', description: 'Scientific name, as the species catalogue in force has it (case and spacing do not matter)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  readonly species!: string;

  @ApiProperty({
    type: HarvestVolumeDto,
    description: 'Authorised quantity, in the measure the catalogue says the species is traded by: a volume for timber (kept in m³), kg for a product traded by weight',
  })
  @NestedObject(() => HarvestVolumeDto)
  readonly authorised!: HarvestVolumeDto;

  @ApiPropertyOptional({ example: 65, minimum: 0, exclusiveMinimum: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  readonly minimumCuttingDiameterCm?: number;
}

/** A POA's cutting areas (parcelas de corta) are a few blocks of the year's compartment, rarely more than a few dozen. */
export const MOST_HARVEST_AREAS_PER_PLAN = 100;
/** Amazonian plans authorise tens of commercial species, rarely a hundred. */
export const MOST_SPECIES_PER_PLAN = 300;

/** An approved annual harvest plan (POA). */
export class ApproveHarvestPlanDto {
  @ApiProperty({ example: 'POA-6', description: LOCAL_ID_RULE })
  @Matches(LOCAL_ID, { message: `planId must be ${LOCAL_ID_RULE}` })
  readonly planId!: string;

  @ApiProperty({ type: PlanValidityDto, description: "Within the permit's validity" })
  @NestedObject(() => PlanValidityDto)
  readonly validity!: PlanValidityDto;

  @ApiProperty({ type: [PolygonDto], minItems: 1, maxItems: MOST_HARVEST_AREAS_PER_PLAN, description: 'Each inside the permit area' })
  @NestedArray(() => PolygonDto, { min: 1, max: MOST_HARVEST_AREAS_PER_PLAN })
  readonly harvestAreas!: PolygonDto[];

  @ApiProperty({ type: [SpeciesAuthorisationDto], minItems: 1, maxItems: MOST_SPECIES_PER_PLAN })
  @NestedArray(() => SpeciesAuthorisationDto, { min: 1, max: MOST_SPECIES_PER_PLAN })
  readonly species!: SpeciesAuthorisationDto[];
}
