import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { DomainError } from '#shared-kernel';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Which cases are counted: by authority, and by the Peru month of their facts, both ends included. */
export class CaseStatisticsParams {
  @ApiPropertyOptional({ example: 'ARFFS-UCAYALI', description: "A regulator's own authority (the default; another is refused); for the public, one authority only" })
  @IsOptional()
  @IsString()
  readonly authority?: string;

  @ApiPropertyOptional({ example: '2026-01', description: 'The first month of the facts counted (YYYY-MM, Peru time)' })
  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month, YYYY-MM' })
  readonly from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'The last month of the facts counted (YYYY-MM, Peru time)' })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month, YYYY-MM' })
  readonly to?: string;
}

export class PeriodReversed extends DomainError {
  constructor(from: string, to: string) {
    super('invalid', 'period_reversed', `The period ends (${to}) before it begins (${from})`, { field: 'to', from, to });
  }
}

/** A period that ends before it begins is a mistake, not an empty answer. */
export function assertPeriod({ from, to }: CaseStatisticsParams): void {
  if (from !== undefined && to !== undefined && to < from) throw new PeriodReversed(from, to);
}
