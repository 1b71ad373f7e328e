import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { GeoPolygon, Position } from '#shared-kernel';
import { IsPolygonCoordinates } from './geojson.validators.js';

const POLYGON_COORDINATES_SCHEMA = {
  type: 'array',
  description: 'GeoJSON rings, outer first: each closed, four [longitude, latitude] positions or more (WGS 84)',
  items: { type: 'array', items: { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 } },
  example: [
    [
      [-74.7, -8.5],
      [-74.4, -8.5],
      [-74.4, -8.3],
      [-74.7, -8.3],
      [-74.7, -8.5],
    ],
  ],
} as const;

/** A GeoJSON Polygon. */
export class PolygonDto implements GeoPolygon {
  @ApiProperty({ enum: ['Polygon'] })
  @IsIn(['Polygon'])
  readonly type!: 'Polygon';

  @ApiProperty(POLYGON_COORDINATES_SCHEMA)
  @IsPolygonCoordinates()
  readonly coordinates!: readonly (readonly Position[])[];
}

/** The plain GeoJSON the decider and the events keep. */
export function polygonOf(dto: PolygonDto): GeoPolygon {
  return { type: 'Polygon', coordinates: dto.coordinates };
}
