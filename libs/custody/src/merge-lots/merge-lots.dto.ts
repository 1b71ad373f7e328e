import { ApiProperty } from '@nestjs/swagger';
import { ArrayUnique, Matches } from 'class-validator';
import { NestedArray, NestedObject } from '#http';
import { LOCAL_ID, LOCAL_ID_RULE } from '../dtos/identifiers.js';
import { CustodyQuantityDto } from '../dtos/quantity.dto.js';

export class MergeParentDto {
  @ApiProperty({ example: 'LOT-0001' })
  @Matches(LOCAL_ID, { message: `lotId must be ${LOCAL_ID_RULE}` })
  readonly lotId!: string;

  @ApiProperty({ type: CustodyQuantityDto, description: 'What the parent gives; at most what it holds' })
  @NestedObject(() => CustodyQuantityDto)
  readonly volume!: CustodyQuantityDto;
}

/** A merge gathers lots resting at one place for one onward load: a guide's worth of lines at most. */
export const MOST_LOTS_MERGED = 50;

export class MergeLotsDto {
  @ApiProperty({ type: [MergeParentDto], minItems: 2, maxItems: MOST_LOTS_MERGED, description: 'Distinct lots of one species and product, resting at one place' })
  @NestedArray(() => MergeParentDto, { min: 2, max: MOST_LOTS_MERGED })
  @ArrayUnique((parent: MergeParentDto) => parent.lotId, { message: 'parents must name each lot once' })
  readonly parents!: MergeParentDto[];
}
