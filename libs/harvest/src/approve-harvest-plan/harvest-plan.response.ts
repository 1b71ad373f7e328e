import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PolygonDto } from '../dtos/polygon.dto.js';
import { ValidityDto } from '../dtos/validity.dto.js';
import { VolumeDto } from '../dtos/volume.dto.js';

export class AuthorisedSpeciesResponse {
  @ApiProperty({ example: 'Cedrela odorata', description: "Scientific name, as the plan spells it" })
  readonly species!: string;

  @ApiProperty({ type: VolumeDto, description: 'In m³' })
  readonly authorised!: VolumeDto;

  @ApiPropertyOptional({ example: 65 })
  readonly minimumCuttingDiameterCm?: number;
}

/** The plan as approved. */
export class HarvestPlanResponse {
  @ApiProperty({ example: '25-UCA/C-J-001-02' })
  readonly permitId!: string;

  @ApiProperty({ example: 'POA-6' })
  readonly planId!: string;

  @ApiProperty({ type: ValidityDto })
  readonly validity!: ValidityDto;

  @ApiProperty({ type: [PolygonDto] })
  readonly harvestAreas!: readonly PolygonDto[];

  @ApiProperty({ type: [AuthorisedSpeciesResponse] })
  readonly species!: readonly AuthorisedSpeciesResponse[];
}
