import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { GeoPoint, GeoPolygon, Position } from '#shared-kernel';
import type { Geolocation } from '../domain/permit.js';
import { IsPlotCoordinates } from './geojson.validators.js';

const GEOLOCATION_TYPES = ['Point', 'Polygon'] as const;

/** A plot as EUDR wants it: a GeoJSON Point with six decimals or more, or a Polygon (plots over 4 ha). */
export class GeolocationDto {
  @ApiProperty({ enum: GEOLOCATION_TYPES })
  @IsIn(GEOLOCATION_TYPES)
  readonly type!: GeoPoint['type'] | GeoPolygon['type'];

  @ApiProperty({
    description: 'Point: [longitude, latitude], each written with at least 6 decimal digits (trailing zeros count: -8.379170). Polygon: closed rings of [longitude, latitude] positions',
    oneOf: [
      { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 },
      { type: 'array', items: { type: 'array', items: { type: 'array', items: { type: 'number' } } } },
    ],
    example: [-74.553889, -8.379167],
  })
  @IsPlotCoordinates()
  readonly coordinates!: Position | readonly (readonly Position[])[];
}

export function geolocationOf(dto: GeolocationDto): Geolocation {
  return dto.type === 'Point' ? { type: 'Point', coordinates: dto.coordinates as Position } : { type: 'Polygon', coordinates: dto.coordinates as readonly (readonly Position[])[] };
}
