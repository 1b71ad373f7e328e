import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsNotEmpty, IsNumber, IsOptional, IsPositive, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
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

  @ApiProperty({ type: HarvestVolumeDto, description: 'Authorised volume; kept in m³' })
  @ValidateNested()
  @Type(() => HarvestVolumeDto)
  readonly authorised!: HarvestVolumeDto;

  @ApiPropertyOptional({ example: 65, minimum: 0, exclusiveMinimum: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  readonly minimumCuttingDiameterCm?: number;
}

/** An approved annual harvest plan (POA). */
export class ApproveHarvestPlanDto {
  @ApiProperty({ example: 'POA-6', description: LOCAL_ID_RULE })
  @Matches(LOCAL_ID, { message: `planId must be ${LOCAL_ID_RULE}` })
  readonly planId!: string;

  @ApiProperty({ type: PlanValidityDto, description: "Within the permit's validity" })
  @ValidateNested()
  @Type(() => PlanValidityDto)
  readonly validity!: PlanValidityDto;

  @ApiProperty({ type: [PolygonDto], description: 'Each inside the permit area' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PolygonDto)
  readonly harvestAreas!: PolygonDto[];

  @ApiProperty({ type: [SpeciesAuthorisationDto] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => SpeciesAuthorisationDto)
  readonly species!: SpeciesAuthorisationDto[];
}
