import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { VolumeDto } from '../dtos/volume.dto.js';

export class SplitChildDto {
  @ApiProperty({ type: VolumeDto, description: 'What the child takes from the lot' })
  @ValidateNested()
  @Type(() => VolumeDto)
  readonly volume!: VolumeDto;
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
