import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { NestedObject } from '#http';
import { IsCalendarDate } from '../dtos/calendar.validators.js';
import { GeolocationDto } from '../dtos/geolocation.dto.js';
import { LOCAL_ID, LOCAL_ID_RULE } from '../dtos/identifiers.js';
import { HarvestVolumeDto } from '../dtos/volume.dto.js';

/** A lot felled and bucked under a plan: what the holder's felling book records. */
export class RecordExtractionDto {
  @ApiPropertyOptional({ example: 'LOT-0001', description: `${LOCAL_ID_RULE}; one is made when absent (and answered)` })
  @IsOptional()
  @Matches(LOCAL_ID, { message: `lotId must be ${LOCAL_ID_RULE}` })
  readonly lotId?: string;

  @ApiProperty({ example: 'POA-6' })
  @Matches(LOCAL_ID, { message: `planId must be ${LOCAL_ID_RULE}` })
  readonly planId!: string;

  @ApiProperty({ example: 'Cedrela odorata', description: 'Scientific name of a species the plan authorises' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  readonly species!: string;

  @ApiProperty({ type: HarvestVolumeDto, description: "In the measure of the species' quota: a volume for timber, kg for a product traded by weight" })
  @NestedObject(() => HarvestVolumeDto)
  readonly volume!: HarvestVolumeDto;

  @ApiProperty({ example: 8, minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(100_000)
  readonly pieces!: number;

  @ApiProperty({ example: '2026-04-20', format: 'date', description: "Within the plan's validity" })
  @IsCalendarDate()
  readonly harvestDate!: string;

  @ApiProperty({ type: GeolocationDto, description: "The plot, inside one of the plan's harvest areas" })
  @NestedObject(() => GeolocationDto)
  readonly geolocation!: GeolocationDto;
}
