import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RefusalResponse } from '#http';
import { PERMIT_KINDS, type PermitKind, type PermitStatus } from '../domain/permit.js';
import { PolygonDto } from '../dtos/polygon.dto.js';
import { PlanValidityDto } from '../dtos/validity.dto.js';

const STATUSES: readonly PermitStatus[] = ['active', 'suspended', 'cancelled'];

/** A species' figures in a plan, all in m³. */
class SpeciesAmountsResponse {
  @ApiProperty({ example: 'Cedrela odorata' })
  readonly species!: string;

  @ApiProperty({ example: 100 })
  readonly authorisedM3!: number;

  @ApiProperty({ example: 12.5 })
  readonly extractedM3!: number;

  @ApiProperty({ example: 0, description: 'Moved out under guides' })
  readonly movedM3!: number;

  @ApiProperty({ example: 87.5, description: 'Still to be extracted: authorised − extracted' })
  readonly remainingM3!: number;

  @ApiProperty({ example: 12.5, description: 'Extracted, not yet moved: extracted − moved' })
  readonly movableM3!: number;
}

export class SpeciesFiguresResponse extends SpeciesAmountsResponse {
  @ApiPropertyOptional({ example: 65 })
  readonly minimumCuttingDiameterCm?: number;
}

/** One species of one plan, as the balance lists them. */
export class PlanSpeciesBalanceResponse extends SpeciesAmountsResponse {
  @ApiProperty({ example: 'POA-6' })
  readonly planId!: string;
}

export class PlanViewResponse {
  @ApiProperty({ example: 'POA-6' })
  readonly planId!: string;

  @ApiProperty({ type: PlanValidityDto })
  readonly validity!: PlanValidityDto;

  @ApiProperty({ type: [PolygonDto] })
  readonly harvestAreas!: readonly PolygonDto[];

  @ApiProperty({ type: [SpeciesFiguresResponse] })
  readonly species!: readonly SpeciesFiguresResponse[];
}

export class StandingMeasureResponse {
  @ApiProperty({ example: 'OSINFOR' })
  readonly authority!: string;

  @ApiProperty({ example: 'PAU 045-2026-OSINFOR en curso' })
  readonly reason!: string;

  @ApiProperty({ example: '2026-05-02T08:00:00-05:00' })
  readonly at!: string;
}

class SpeciesVolumeResponse {
  @ApiProperty({ example: 'Cedrela odorata' })
  readonly species!: string;

  @ApiProperty({ example: { value: 12, unit: 'm3' } })
  readonly volume!: { value: number; unit: string };
}

export class GuideNotCountedResponse {
  @ApiProperty({ example: 'GTF-2026-000123' })
  readonly guideNumber!: string;

  @ApiProperty({ example: 'POA-6' })
  readonly planId!: string;

  @ApiProperty({ type: [SpeciesVolumeResponse], description: 'The load as the guide declared it' })
  readonly lines!: readonly SpeciesVolumeResponse[];

  @ApiProperty({ type: RefusalResponse })
  readonly refusal!: RefusalResponse;
}

export class PermitViewResponse {
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

  @ApiProperty({ enum: STATUSES })
  readonly status!: PermitStatus;

  @ApiPropertyOptional({ type: StandingMeasureResponse, description: 'The last suspension, reinstatement or cancellation' })
  readonly lastMeasure?: StandingMeasureResponse;

  @ApiProperty({ type: [PlanViewResponse], description: 'In approval order' })
  readonly plans!: readonly PlanViewResponse[];

  @ApiProperty({ type: [GuideNotCountedResponse], description: 'Guides issued from this permit that could not be counted against its plans (volume beyond what was extracted, say), in the order they came' })
  readonly guidesNotCounted!: readonly GuideNotCountedResponse[];
}

export class PermitBalanceResponse {
  @ApiProperty({ example: '25-UCA/C-J-001-02' })
  readonly permitId!: string;

  @ApiProperty({ type: [PlanSpeciesBalanceResponse], description: 'Every plan, every species, plans in approval order' })
  readonly balances!: readonly PlanSpeciesBalanceResponse[];
}
