import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RefusalResponse } from '#http';
import type { Unauthorised } from '../domain/processor.errors.js';
import type { ProductType } from '../domain/processor.js';
import { RECEIVED_PRODUCT_TYPES } from '../dtos/identifiers.js';
import { TransformationResponse } from '../record-transformation/transformation.response.js';
import { ProcessorRegistrationResponse } from '../register-processor/processor-registration.response.js';

export type Standing = 'authorised' | Unauthorised;

const STANDINGS: readonly Standing[] = ['authorised', 'suspended', 'not_yet_valid', 'expired'];

export class SuspensionResponse {
  @ApiProperty({ example: '2026-06-01T08:00:00-05:00' })
  readonly from!: string;

  @ApiPropertyOptional({ example: '2026-06-15T08:00:00-05:00', description: 'Absent while the suspension lasts' })
  readonly until?: string;
}

/** A lot the facility holds, with what is not yet consumed: m³ of timber, kg of a non_timber product. */
export class InventoryLotResponse {
  @ApiProperty({ example: 'LOT-0001' })
  readonly lotId!: string;

  @ApiProperty({ example: 'Cedrela odorata' })
  readonly species!: string;

  @ApiProperty({ enum: RECEIVED_PRODUCT_TYPES })
  readonly productType!: ProductType;

  @ApiPropertyOptional({ example: 6.5, description: 'Timber lots' })
  readonly remainingM3?: number;

  @ApiPropertyOptional({ example: 850, description: 'non_timber lots, traded by weight' })
  readonly remainingKg?: number;

  @ApiPropertyOptional({ example: 'GTF-0001-000123', description: 'The guide it arrived under' })
  readonly receivedUnder?: string;

  @ApiPropertyOptional({ example: 'TR-2026-0042', description: 'The transformation that made it here' })
  readonly producedBy?: string;
}

/** A delivery the facility could not take in. */
export class LotNotReceivedResponse {
  @ApiProperty({ example: 'LOT-0001' })
  readonly lotId!: string;

  @ApiProperty({ example: 'GTF-0001-000123' })
  readonly guideNumber!: string;

  @ApiProperty({ example: 'Cedrela odorata' })
  readonly species!: string;

  @ApiProperty({ enum: RECEIVED_PRODUCT_TYPES })
  readonly productType!: ProductType;

  @ApiProperty({ example: { value: 6.5, unit: 'm3' }, description: 'As custody delivered it: m3, board_feet or kg' })
  readonly volume!: { value: number; unit: string };

  @ApiProperty({ example: '2026-05-03T10:00:00-05:00', description: 'When custody delivered it' })
  readonly at!: string;

  @ApiProperty({ type: RefusalResponse })
  readonly refusal!: RefusalResponse;
}

export class ProcessorViewResponse extends ProcessorRegistrationResponse {
  @ApiProperty({ enum: STANDINGS, description: 'At the time of the request: within the validity and not suspended is authorised' })
  readonly standing!: Standing;

  @ApiProperty({ type: [SuspensionResponse] })
  readonly suspensions!: readonly SuspensionResponse[];

  @ApiProperty({ type: [InventoryLotResponse], description: 'Lots held, received or produced, with volume left' })
  readonly inventory!: readonly InventoryLotResponse[];

  @ApiProperty({ type: [LotNotReceivedResponse], description: 'Lots custody delivered here that the facility could not take in, in the order they came' })
  readonly lotsNotReceived!: readonly LotNotReceivedResponse[];
}

/** Cumulative figures: timber in m³; what came in by weight in kg, beside them. */
export class BalanceFigures {
  @ApiProperty({ example: 18, description: 'Received under guides' })
  readonly receivedM3!: number;

  @ApiProperty({ example: 14, description: 'Input: taken by transformations, products transformed again included' })
  readonly consumedM3!: number;

  @ApiProperty({ example: 4.9, description: 'Output: made by transformations' })
  readonly producedM3!: number;

  @ApiProperty({ example: 8.9, description: 'Received or produced, not yet consumed' })
  readonly inStockM3!: number;

  @ApiProperty({ example: 0.35, nullable: true, type: Number, description: 'Output per unit of input; null before any transformation' })
  readonly yield!: number | null;

  @ApiProperty({ example: 14, description: 'Input of the transformations judged against maximum yield' })
  readonly judgedInputM3!: number;

  @ApiProperty({ example: 14, description: 'Input their output needed at maximum yield; above `judgedInputM3` only through flagged exceptions or caps awaiting confirmation' })
  readonly inputNeededM3!: number;

  @ApiProperty({ example: true })
  readonly withinYield!: boolean;

  @ApiPropertyOptional({ example: 850, description: 'kg of non_timber products received under guides; absent when none came in by weight' })
  readonly receivedKg?: number;

  @ApiPropertyOptional({ example: 850, description: 'kg of non_timber products not yet shipped' })
  readonly inStockKg?: number;
}

export class ProcessorSpeciesBalanceResponse extends BalanceFigures {
  @ApiProperty({ example: 'Cedrela odorata' })
  readonly species!: string;
}

export class ProcessorBalanceResponse {
  @ApiProperty({ example: 'CTP-PUCALLPA-7' })
  readonly facilityId!: string;

  @ApiProperty({ type: [ProcessorSpeciesBalanceResponse] })
  readonly species!: readonly ProcessorSpeciesBalanceResponse[];

  @ApiProperty({ type: BalanceFigures, description: 'Every species together; within yield only if every species is' })
  readonly overall!: BalanceFigures;
}

export class TransformationHistoryResponse {
  @ApiProperty({ example: 'CTP-PUCALLPA-7' })
  readonly facilityId!: string;

  @ApiProperty({ type: [TransformationResponse], description: 'Oldest first' })
  readonly transformations!: readonly TransformationResponse[];
}
