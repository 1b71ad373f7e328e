import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PolygonDto } from '../dtos/polygon.dto.js';
import { PlanValidityDto } from '../dtos/validity.dto.js';
import { HarvestVolumeDto } from '../dtos/volume.dto.js';

export class AuthorisedSpeciesResponse {
  @ApiProperty({ example: 'Cedrela odorata', description: "Scientific name, as the plan spells it" })
  readonly species!: string;

  @ApiProperty({ type: HarvestVolumeDto, description: 'In m³, or in kg for a product traded by weight' })
  readonly authorised!: HarvestVolumeDto;

  @ApiPropertyOptional({ example: 65 })
  readonly minimumCuttingDiameterCm?: number;
}

/** The plan as approved. */
export class HarvestPlanResponse {
  @ApiProperty({ example: '25-UCA/C-J-001-02' })
  readonly permitId!: string;

  @ApiProperty({ example: 'POA-6' })
  readonly planId!: string;

  @ApiProperty({ type: PlanValidityDto })
  readonly validity!: PlanValidityDto;

  @ApiProperty({ type: [PolygonDto] })
  readonly harvestAreas!: readonly PolygonDto[];

  @ApiProperty({ type: [AuthorisedSpeciesResponse] })
  readonly species!: readonly AuthorisedSpeciesResponse[];
}
