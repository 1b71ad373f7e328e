import { ApiProperty } from '@nestjs/swagger';
import type { PermitRegistered } from '../domain/permit.events.js';
import { PERMIT_KINDS, type PermitKind } from '../domain/permit.js';
import { PolygonDto } from '../dtos/polygon.dto.js';
import { PlanValidityDto } from '../dtos/validity.dto.js';

/** The permit as registered. */
export class PermitSummaryResponse {
  @ApiProperty({ example: '25-UCA/C-J-001-02' })
  readonly permitId!: string;

  @ApiProperty({ enum: PERMIT_KINDS })
  readonly kind!: PermitKind;

  @ApiProperty({ example: '20123456789' })
  readonly holderTaxId!: string;

  @ApiProperty({ example: 'ARFFS-UCAYALI' })
  readonly authority!: string;

  @ApiProperty({ example: 'RD-0123-2022-GRU-GGR-GERFOR' })
  readonly resolutionNumber!: string;

  @ApiProperty({ type: PolygonDto })
  readonly area!: PolygonDto;

  @ApiProperty({ type: PlanValidityDto })
  readonly validity!: PlanValidityDto;

  @ApiProperty({ enum: ['active'], description: 'A permit is active once registered' })
  readonly status!: 'active';
}

export function permitSummary(registered: PermitRegistered['data']): PermitSummaryResponse {
  return { ...registered, status: 'active' };
}
