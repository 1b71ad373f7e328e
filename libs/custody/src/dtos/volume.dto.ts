import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNumber, IsPositive } from 'class-validator';
import { type Volume, VOLUME_UNITS, type VolumeUnit } from '#shared-kernel';

/** A quantity of timber with its unit; 1 board foot (pie tablar) = 0.00235974 m³. */
export class CustodyVolumeDto implements Volume {
  @ApiProperty({ example: 12.5, minimum: 0, exclusiveMinimum: true })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  readonly value!: number;

  @ApiProperty({ enum: VOLUME_UNITS, example: 'm3' })
  @IsIn(VOLUME_UNITS)
  readonly unit!: VolumeUnit;
}

export function volumeOf(dto: CustodyVolumeDto): Volume {
  return { value: dto.value, unit: dto.unit };
}
