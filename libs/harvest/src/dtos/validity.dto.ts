import { ApiProperty } from '@nestjs/swagger';
import type { Validity } from '../domain/permit.js';
import { IsCalendarDate } from './calendar.validators.js';

/** Calendar dates, both days included; `from` before `to`. */
export class PlanValidityDto implements Validity {
  @ApiProperty({ example: '2026-01-01', format: 'date' })
  @IsCalendarDate()
  readonly from!: string;

  @ApiProperty({ example: '2026-12-31', format: 'date' })
  @IsCalendarDate()
  readonly to!: string;
}

export function validityOf(dto: PlanValidityDto): Validity {
  return { from: dto.from, to: dto.to };
}
