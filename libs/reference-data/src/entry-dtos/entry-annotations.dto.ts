import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ENTRY_STATUSES, type EntryStatus } from '../domain/entry-annotations.js';

export class EntryAnnotationsDto {
  @ApiPropertyOptional({ enum: ENTRY_STATUSES, description: 'Present when a figure of the entry awaits confirmation; the note says which' })
  @IsOptional()
  @IsIn(ENTRY_STATUSES)
  status?: EntryStatus;

  @ApiPropertyOptional({ description: 'Where the figures come from', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  source?: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}
