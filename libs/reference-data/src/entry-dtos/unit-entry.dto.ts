import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsNumber, IsString, MaxLength } from 'class-validator';
import { UNIT_KINDS, type UnitKind } from '../domain/unit-entry.js';
import { EntryAnnotationsDto } from './entry-annotations.dto.js';

export class UnitEntryDto extends EntryAnnotationsDto {
  @ApiProperty({ example: 'board_feet', pattern: '^[a-z0-9_]+$', maxLength: 40 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  unit!: string;

  @ApiProperty({ enum: UNIT_KINDS })
  @IsIn(UNIT_KINDS)
  kind!: UnitKind;

  @ApiProperty({ example: 0.00235974, description: 'm³ in one unit of volume, or kg in one unit of mass' })
  @IsNumber()
  factor!: number;
}
