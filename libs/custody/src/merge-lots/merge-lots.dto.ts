import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, Matches, ValidateNested } from 'class-validator';
import { LOCAL_ID, LOCAL_ID_RULE } from '../dtos/identifiers.js';
import { CustodyVolumeDto } from '../dtos/volume.dto.js';

export class MergeParentDto {
  @ApiProperty({ example: 'LOT-0001' })
  @Matches(LOCAL_ID, { message: `lotId must be ${LOCAL_ID_RULE}` })
  readonly lotId!: string;

  @ApiProperty({ type: CustodyVolumeDto, description: 'What the parent gives; at most what it holds' })
  @ValidateNested()
  @Type(() => CustodyVolumeDto)
  readonly volume!: CustodyVolumeDto;
}

export class MergeLotsDto {
  @ApiProperty({ type: [MergeParentDto], description: 'Distinct lots of one species and product, resting at one place' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(50)
  @ArrayUnique((parent: MergeParentDto) => parent.lotId, { message: 'parents must name each lot once' })
  @ValidateNested({ each: true })
  @Type(() => MergeParentDto)
  readonly parents!: MergeParentDto[];
}
