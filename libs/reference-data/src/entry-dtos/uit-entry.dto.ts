import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNumber } from 'class-validator';
import { EntryAnnotationsDto } from './entry-annotations.dto.js';

export class UitEntryDto extends EntryAnnotationsDto {
  @ApiProperty({ example: 2025 })
  @IsInt()
  year!: number;

  @ApiProperty({ example: 5350, description: 'Soles' })
  @IsNumber()
  soles!: number;
}
