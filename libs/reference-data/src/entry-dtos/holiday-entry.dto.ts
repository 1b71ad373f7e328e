import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { EntryAnnotationsDto } from './entry-annotations.dto.js';

export class HolidayEntryDto extends EntryAnnotationsDto {
  @ApiProperty({ example: '2025-12-08', pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10, description: 'The calendar day in Peru' })
  @IsString()
  @MaxLength(10)
  date!: string;

  @ApiProperty({ example: 'Inmaculada Concepción', maxLength: 120 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name!: string;
}
