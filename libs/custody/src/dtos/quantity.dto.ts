import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNumber, IsPositive } from 'class-validator';
import { type Quantity, QUANTITY_UNITS, type QuantityUnit } from '#shared-kernel';

/** A quantity with its unit: timber by volume (1 board foot, pie tablar, = 0.00235974 m³), a non-timber product by weight. */
export class CustodyQuantityDto implements Quantity {
  @ApiProperty({ example: 12.5, minimum: 0, exclusiveMinimum: true })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  readonly value!: number;

  @ApiProperty({ enum: QUANTITY_UNITS, example: 'm3', description: '`m3` or `board_feet` for timber, `kg` for a product traded by weight: the lot’s measure' })
  @IsIn(QUANTITY_UNITS)
  readonly unit!: QuantityUnit;
}

export function quantityOf(dto: CustodyQuantityDto): Quantity {
  return { value: dto.value, unit: dto.unit };
}
