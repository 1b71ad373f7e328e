import { ApiProperty } from '@nestjs/swagger';
import type { CaseRow } from './case-list.projection.js';

export class CaseListResponse {
  @ApiProperty({ description: 'Cases, a running deadline first (the nearest first), then the most recently changed' })
  readonly cases!: readonly CaseRow[];
}
