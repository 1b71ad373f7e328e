import { ApiProperty } from '@nestjs/swagger';
import { GeolocationDto } from '../dtos/geolocation.dto.js';
import { HarvestVolumeDto } from '../dtos/volume.dto.js';
import { PlanSpeciesBalanceResponse } from '../permit-view/permit-view.responses.js';

/** The lot as recorded, and the species' balance in the plan after it. */
export class ExtractionResponse {
  @ApiProperty({ example: 'LOT-0001' })
  readonly lotId!: string;

  @ApiProperty({ example: '25-UCA/C-J-001-02' })
  readonly permitId!: string;

  @ApiProperty({ example: 'POA-6' })
  readonly planId!: string;

  @ApiProperty({ example: '20123456789' })
  readonly holderTaxId!: string;

  @ApiProperty({ example: 'Cedrela odorata', description: 'As the plan spells it' })
  readonly species!: string;

  @ApiProperty({ type: HarvestVolumeDto, description: 'In m³, or in kg for a product traded by weight' })
  readonly volume!: HarvestVolumeDto;

  @ApiProperty({ example: 8 })
  readonly pieces!: number;

  @ApiProperty({ example: '2026-04-20' })
  readonly harvestDate!: string;

  @ApiProperty({ type: GeolocationDto })
  readonly geolocation!: GeolocationDto;

  @ApiProperty({ type: PlanSpeciesBalanceResponse, description: 'In the species’ measure: the `…M3` figures for timber, the `…Kg` ones for a product traded by weight' })
  readonly balance!: PlanSpeciesBalanceResponse;
}
