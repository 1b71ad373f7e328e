import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { AtParams } from '../read-catalogue/at.params.js';

export class RouteParams extends AtParams {
  @ApiProperty({ example: 'Pucallpa', maxLength: 120, description: 'Where the load leaves: a town or a checkpoint code on a road of the catalogue (case and accents ignored)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  from!: string;

  @ApiProperty({ example: 'Lima', maxLength: 120, description: 'Where the load goes: a town or a checkpoint code' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  to!: string;
}
