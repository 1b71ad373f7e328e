import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsNumber, IsString, MaxLength } from 'class-validator';
import { EntryAnnotationsDto } from './entry-annotations.dto.js';

export class CheckpointEntryDto extends EntryAnnotationsDto {
  @ApiProperty({ example: 'UC-CFB-K086', pattern: '^[A-Z0-9]+(-[A-Z0-9]+)*$', maxLength: 40 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  code!: string;

  @ApiProperty({ example: 'Puesto de control Alexander von Humboldt', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'ARFFS-UCAYALI', description: 'SERFOR or the regional forest authority running it', maxLength: 80 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  authority!: string;

  @ApiProperty({ example: 'Ucayali', maxLength: 80 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  region!: string;

  @ApiProperty({ example: 'PE-18C Carretera Federico Basadre (Pucallpa - Tingo María)', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  road!: string;

  @ApiProperty({ example: 86, minimum: 0, description: 'Distance along the road from its start, km' })
  @IsNumber()
  roadKm!: number;

  @ApiProperty({ example: -8.826391, minimum: -90, maximum: 90, description: 'WGS 84, at least six decimals' })
  @IsNumber()
  latitude!: number;

  @ApiProperty({ example: -75.051436, minimum: -180, maximum: 180, description: 'WGS 84, at least six decimals' })
  @IsNumber()
  longitude!: number;
}
