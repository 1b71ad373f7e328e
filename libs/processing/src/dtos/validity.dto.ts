import { ApiProperty } from '@nestjs/swagger';
import type { Validity } from '../domain/processor.js';
import { IsIsoInstant } from './instant.validator.js';

/** Dates or date-times; a date alone covers its whole day (Peru time); `until` not before `from`. */
export class AuthorisationValidityDto implements Validity {
  @ApiProperty({ example: '2026-01-01' })
  @IsIsoInstant()
  readonly from!: string;

  @ApiProperty({ example: '2030-12-31' })
  @IsIsoInstant()
  readonly until!: string;
}
