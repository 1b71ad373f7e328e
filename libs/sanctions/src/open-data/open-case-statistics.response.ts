import { ApiProperty } from '@nestjs/swagger';
import { AuthorityStatisticsResponse, StatisticsPeriod } from '../case-statistics/case-statistics.response.js';

export class OpenCaseStatisticsResponse {
  @ApiProperty()
  readonly period!: StatisticsPeriod;
  @ApiProperty({ type: [AuthorityStatisticsResponse], description: 'Every authority with a case in the period (or the one asked for), by name' })
  readonly authorities!: readonly AuthorityStatisticsResponse[];
}
