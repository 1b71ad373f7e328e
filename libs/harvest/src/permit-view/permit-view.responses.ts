import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RefusalResponse } from '#http';
import { PERMIT_KINDS, type PermitKind, type PermitStatus } from '../domain/permit.js';
import { PolygonDto } from '../dtos/polygon.dto.js';
import { PlanValidityDto } from '../dtos/validity.dto.js';

const STATUSES: readonly PermitStatus[] = ['active', 'suspended', 'cancelled'];

const FOR_TIMBER = 'For timber (a quota by volume), in m³; absent for a product traded by weight.';
const BY_WEIGHT = 'For a product traded by weight, in kg; absent for timber.';

/**
 * A species' figures in a plan, in the measure the species is traded by: timber's are the `…M3` fields, as ever; a
 * product traded by weight (tara, say) has the same figures in kg as `…Kg` fields instead. Never both.
 */
class SpeciesAmountsResponse {
  @ApiProperty({ example: 'Cedrela odorata' })
  readonly species!: string;

  @ApiPropertyOptional({ example: 100, description: FOR_TIMBER })
  readonly authorisedM3?: number;

  @ApiPropertyOptional({ example: 12.5, description: FOR_TIMBER })
  readonly extractedM3?: number;

  @ApiPropertyOptional({ example: 0, description: `Moved out under guides. ${FOR_TIMBER}` })
  readonly movedM3?: number;

  @ApiPropertyOptional({ example: 87.5, description: `Still to be extracted: authorised − extracted. ${FOR_TIMBER}` })
  readonly remainingM3?: number;

  @ApiPropertyOptional({ example: 12.5, description: `Extracted, not yet moved: extracted − moved. ${FOR_TIMBER}` })
  readonly movableM3?: number;

  @ApiPropertyOptional({ example: 5000, description: BY_WEIGHT })
  readonly authorisedKg?: number;

  @ApiPropertyOptional({ example: 1200, description: BY_WEIGHT })
  readonly extractedKg?: number;

  @ApiPropertyOptional({ example: 0, description: `Moved out under guides. ${BY_WEIGHT}` })
  readonly movedKg?: number;

  @ApiPropertyOptional({ example: 3800, description: `Still to be extracted: authorised − extracted. ${BY_WEIGHT}` })
  readonly remainingKg?: number;

  @ApiPropertyOptional({ example: 1200, description: `Extracted, not yet moved: extracted − moved. ${BY_WEIGHT}` })
  readonly movableKg?: number;
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

  @ApiProperty({ example: { value: 12, unit: 'm3' }, description: 'As the guide declared it: a volume, or kg for a product traded by weight' })
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
