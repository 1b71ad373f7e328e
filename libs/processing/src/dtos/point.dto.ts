import { ApiProperty } from '@nestjs/swagger';
import { IsIn, ValidateBy } from 'class-validator';
import type { GeoPoint, Position } from '#shared-kernel';

/** [longitude, latitude] in decimal degrees, each within the Earth's range. */
function IsLongitudeLatitude(): PropertyDecorator {
  return ValidateBy({
    name: 'isLongitudeLatitude',
    validator: {
      validate: (value: unknown) =>
        Array.isArray(value) &&
        value.length === 2 &&
        value.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
        Math.abs(value[0] as number) <= 180 &&
        Math.abs(value[1] as number) <= 90,
      defaultMessage: () => 'coordinates must be [longitude, latitude], longitude within ±180 and latitude within ±90',
    },
  });
}

/** Where the facility stands: a GeoJSON Point. */
export class PointDto implements GeoPoint {
  @ApiProperty({ enum: ['Point'] })
  @IsIn(['Point'])
  readonly type!: 'Point';

  @ApiProperty({ type: [Number], minItems: 2, maxItems: 2, example: [-74.553889, -8.379167], description: '[longitude, latitude]' })
  @IsLongitudeLatitude()
  readonly coordinates!: Position;
}

export function pointOf(dto: PointDto): GeoPoint {
  return { type: 'Point', coordinates: [dto.coordinates[0], dto.coordinates[1]] };
}
