import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { TransformationFlagged, TransformationRecorded } from '../domain/processor.events.js';
import type { TimberProduct } from '../domain/processor.js';
import { overUnconfirmedCapsOnly } from '../domain/processor.yield.js';
import { PRODUCT_TYPES } from '../dtos/identifiers.js';
import { ProcessingVolumeDto } from '../dtos/volume.dto.js';

export class TransformationLotShareResponse {
  @ApiProperty({ example: 'LOT-0001' })
  readonly lotId!: string;

  @ApiProperty({ type: ProcessingVolumeDto, description: 'm³' })
  readonly volume!: ProcessingVolumeDto;
}

export class ConsumedInputResponse {
  @ApiProperty({ example: 'LOT-0001' })
  readonly lotId!: string;

  @ApiProperty({ example: 'Cedrela odorata' })
  readonly species!: string;

  @ApiProperty({ enum: PRODUCT_TYPES })
  readonly productType!: TimberProduct;

  @ApiProperty({ type: ProcessingVolumeDto, description: 'm³ taken from the lot' })
  readonly volume!: ProcessingVolumeDto;
}

export class ProducedOutputResponse {
  @ApiProperty({ example: '3f0c2a9e-5b7d-5e21-9a64-0c8d1f2b3a4e', description: 'The new product lot’s id, generated' })
  readonly lotId!: string;

  @ApiProperty({ example: 'Cedrela odorata' })
  readonly species!: string;

  @ApiProperty({ enum: PRODUCT_TYPES })
  readonly productType!: TimberProduct;

  @ApiProperty({ type: ProcessingVolumeDto, description: 'm³' })
  readonly volume!: ProcessingVolumeDto;

  @ApiProperty({ type: [TransformationLotShareResponse], description: 'The inputs of its species, in proportion to its share of that species’ output' })
  readonly parents!: readonly TransformationLotShareResponse[];
}

export class YieldLineResponse {
  @ApiProperty({ enum: PRODUCT_TYPES })
  readonly outputProduct!: TimberProduct;

  @ApiProperty({ example: 0.35, description: 'Output per unit of input, weighted over the input products' })
  readonly maxYield!: number;

  @ApiProperty({ example: 3.5, description: 'What the input could yield of this product alone (m³)' })
  readonly allowedM3!: number;

  @ApiProperty({ example: 3 })
  readonly requestedM3!: number;
}

export class UnconfirmedCapResponse {
  @ApiProperty({ enum: PRODUCT_TYPES })
  readonly inputProduct!: TimberProduct;

  @ApiProperty({ enum: PRODUCT_TYPES })
  readonly outputProduct!: TimberProduct;

  @ApiProperty({ example: 0.35 })
  readonly maxYield!: number;
}

export class SpeciesYieldResponse {
  @ApiProperty({ example: 'Cedrela odorata' })
  readonly species!: string;

  @ApiProperty({ example: 10 })
  readonly inputM3!: number;

  @ApiProperty({ example: 8.5714, description: 'Input the output needs at maximum yield: above `inputM3` is over yield' })
  readonly inputNeededM3!: number;

  @ApiProperty({ type: [YieldLineResponse] })
  readonly lines!: readonly YieldLineResponse[];

  @ApiPropertyOptional({ type: [UnconfirmedCapResponse], description: 'The maximum yields applied that await confirmation in the catalogue; absent when all are confirmed' })
  readonly unconfirmedCaps?: readonly UnconfirmedCapResponse[];

  @ApiPropertyOptional({ example: 5.7143, description: 'With `unconfirmedCaps`: input the output needs with those caps limiting nothing; above `inputM3` is over the confirmed caps' })
  readonly inputNeededAtConfirmedCapsM3?: number;
}

export class FlagResponse {
  @ApiProperty({ example: 'High-grade logs; yield study attached' })
  readonly reason!: string;

  @ApiProperty({ type: [SpeciesYieldResponse], description: 'The species over their yield' })
  readonly overYield!: readonly SpeciesYieldResponse[];
}

/** A transformation as recorded, with the yield judgement per species. */
export class TransformationResponse {
  @ApiProperty({ example: 'CTP-PUCALLPA-7' })
  readonly facilityId!: string;

  @ApiProperty({ example: 'TR-2026-0042' })
  readonly transformationId!: string;

  @ApiProperty({ example: '2026-05-10T09:00:00-05:00' })
  readonly at!: string;

  @ApiProperty({ type: [ConsumedInputResponse] })
  readonly inputs!: readonly ConsumedInputResponse[];

  @ApiProperty({ type: [ProducedOutputResponse] })
  readonly outputs!: readonly ProducedOutputResponse[];

  @ApiProperty({ type: [SpeciesYieldResponse] })
  readonly yields!: readonly SpeciesYieldResponse[];

  @ApiPropertyOptional({ type: FlagResponse, description: 'Present when output over yield stood as a declared exception' })
  readonly flagged?: FlagResponse;

  @ApiPropertyOptional({
    type: [SpeciesYieldResponse],
    description: 'The species over their maximum yield by caps that await confirmation alone: an observation, recorded without refusal or flag',
  })
  readonly overUnconfirmedCaps?: readonly SpeciesYieldResponse[];
}

export function transformationOf(recorded: TransformationRecorded['data'], flag?: TransformationFlagged['data']): TransformationResponse {
  const { facilityId, transformationId, at, inputs, outputs, yields } = recorded;
  const observed = yields.filter(overUnconfirmedCapsOnly);
  return {
    facilityId,
    transformationId,
    at,
    inputs,
    outputs,
    yields,
    ...(flag ? { flagged: { reason: flag.reason, overYield: flag.overYield } } : {}),
    ...(observed.length > 0 ? { overUnconfirmedCaps: observed } : {}),
  };
}
