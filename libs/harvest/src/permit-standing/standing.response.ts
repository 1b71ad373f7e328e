import { ApiProperty } from '@nestjs/swagger';
import type { PermitStatus } from '../domain/permit.js';

const STATUSES: readonly PermitStatus[] = ['active', 'suspended', 'cancelled'];

/** The permit's standing after the measure, and the measure itself. */
export class PermitStandingResponse {
  @ApiProperty({ example: '25-UCA/C-J-001-02' })
  readonly permitId!: string;

  @ApiProperty({ enum: STATUSES })
  readonly status!: PermitStatus;

  @ApiProperty({ example: 'OSINFOR', description: 'The authority that took the measure' })
  readonly authority!: string;

  @ApiProperty({ example: 'PAU 045-2026-OSINFOR en curso' })
  readonly reason!: string;

  @ApiProperty({ example: '2026-05-02T08:00:00-05:00' })
  readonly at!: string;
}
