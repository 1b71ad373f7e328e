import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { CustodyVolumeDto } from '../dtos/volume.dto.js';

export class SplitChildDto {
  @ApiProperty({ type: CustodyVolumeDto, description: 'What the child takes from the lot' })
  @ValidateNested()
  @Type(() => CustodyVolumeDto)
  readonly volume!: CustodyVolumeDto;
}

export class SplitLotDto {
  @ApiProperty({ type: [SplitChildDto], description: 'Together at most what the lot holds; any remainder stays with it' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SplitChildDto)
  readonly children!: SplitChildDto[];
}
