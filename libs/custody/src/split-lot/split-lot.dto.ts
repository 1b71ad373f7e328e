import { ApiProperty } from '@nestjs/swagger';
import { NestedArray, NestedObject } from '#http';
import { CustodyQuantityDto } from '../dtos/quantity.dto.js';

export class SplitChildDto {
  @ApiProperty({ type: CustodyQuantityDto, description: 'What the child takes from the lot' })
  @NestedObject(() => CustodyQuantityDto)
  readonly volume!: CustodyQuantityDto;
}

/** A lot is split to ship or saw it in parts: a guide's worth of lines at most. */
export const MOST_SPLIT_CHILDREN = 50;

export class SplitLotDto {
  @ApiProperty({ type: [SplitChildDto], minItems: 1, maxItems: MOST_SPLIT_CHILDREN, description: 'Together at most what the lot holds; any remainder stays with it' })
  @NestedArray(() => SplitChildDto, { min: 1, max: MOST_SPLIT_CHILDREN })
  readonly children!: SplitChildDto[];
}
