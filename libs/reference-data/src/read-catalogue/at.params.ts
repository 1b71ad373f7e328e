import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { instantOf } from '../domain/reference-instant.js';
import { IsReferenceInstant } from '../is-reference-instant.js';

export class AtParams {
  @ApiPropertyOptional({
    description: 'Answer as in force at this ISO-8601 date or date-time (without an offset: Peru time); default now',
    example: '2024-06-01',
  })
  @IsOptional()
  @IsReferenceInstant()
  at?: string;
}

export function instantAsked({ at }: AtParams): Date {
  return at === undefined ? new Date() : new Date(instantOf(at)!);
}
