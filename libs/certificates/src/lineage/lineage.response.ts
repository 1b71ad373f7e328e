import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LotOrigin, ProductType } from '../domain/lineage.js';

export class LineageLot {
  @ApiProperty()
  readonly lotId!: string;
  @ApiPropertyOptional()
  readonly species?: string;
  @ApiPropertyOptional({ enum: ['roundwood', 'sawn_wood', 'sliced_veneer', 'rotary_veneer', 'non_timber'] })
  readonly productType?: ProductType;
  @ApiPropertyOptional({ description: 'm³ the lot held, all told: timber lots' })
  readonly volumeM3?: number;
  @ApiPropertyOptional({ description: 'kg the lot held, all told: lots of a product traded by weight (non_timber)' })
  readonly volumeKg?: number;
  @ApiProperty({ description: 'Levels up (ancestors) or down (descendants)' })
  readonly depth!: number;
  @ApiPropertyOptional({ description: 'Extracted lots: permit, plan, holder, harvest date, plot', type: 'object', additionalProperties: true })
  readonly origin?: LotOrigin;
  @ApiPropertyOptional({ description: 'The transformation that made it' })
  readonly transformationId?: string;
}

export class LineageAncestor extends LineageLot {
  @ApiPropertyOptional({ description: "Fraction (0–1) of the ancestor's volume that flowed into the lot, over every path; absent when a volume on the way is unknown" })
  readonly share?: number;
  @ApiPropertyOptional({ description: "m³ of the ancestor's volume that flowed into the lot" })
  readonly flowedM3?: number;
  @ApiPropertyOptional({ description: "kg of the ancestor's weight that flowed into the lot, for a product traded by weight" })
  readonly flowedKg?: number;
}

export class LineageResponse {
  @ApiProperty({ type: LineageLot })
  readonly lot!: LineageLot;
  @ApiProperty({ type: [LineageAncestor], description: 'Every ancestor back to extraction, nearest first' })
  readonly ancestors!: LineageAncestor[];
  @ApiProperty({ type: [LineageLot], description: 'Every lot its timber went into since, down to the products, nearest first' })
  readonly descendants!: LineageLot[];
}
