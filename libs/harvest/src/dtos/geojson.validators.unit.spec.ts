import { describe, expect, it } from '@jest/globals';
import { type FieldViolation, RequestValidationFailed, validationPipe } from '#http';
import { MOST_POLYGON_POSITIONS, MOST_POLYGON_RINGS } from './geojson.validators.js';
import { GeolocationDto } from './geolocation.dto.js';
import { PolygonDto } from './polygon.dto.js';

/** The fields the app's validation pipe refuses in `body` read as `metatype`; none when it passes. */
async function violations(metatype: new () => object, body: unknown): Promise<readonly FieldViolation[]> {
  try {
    await validationPipe().transform(body, { type: 'body', metatype });
    return [];
  } catch (error) {
    if (error instanceof RequestValidationFailed) return error.fields;
    throw error;
  }
}

const ring = [
  [-74.58, -8.42],
  [-74.52, -8.42],
  [-74.52, -8.36],
  [-74.58, -8.36],
  [-74.58, -8.42],
];

describe('GeoJSON in requests', () => {
  it('takes a closed polygon in range', async () => {
    expect(await violations(PolygonDto, { type: 'Polygon', coordinates: [ring] })).toEqual([]);
  });

  it('refuses a polygon whose ring is open, too short, out of range or not an array, naming the ring and position', async () => {
    expect(await violations(PolygonDto, { type: 'Polygon', coordinates: [ring.slice(0, 4)] })).toEqual([
      { path: 'coordinates', messages: ['coordinates must be closed rings of four [longitude, latitude] positions or more: ring not closed (ring 0)'] },
    ]);
    expect(await violations(PolygonDto, { type: 'Polygon', coordinates: [ring.slice(0, 3)] })).toEqual([
      { path: 'coordinates', messages: ['coordinates must be closed rings of four [longitude, latitude] positions or more: ring too short (ring 0)'] },
    ]);
    const offEarth = ring.map(([lon, lat]) => [lon, lat! - 90]);
    expect((await violations(PolygonDto, { type: 'Polygon', coordinates: [offEarth] }))[0]?.messages[0]).toContain('position out of range (ring 0, position 0)');
    expect((await violations(PolygonDto, { type: 'Polygon', coordinates: 'everywhere' }))[0]?.path).toBe('coordinates');
  });

  it('refuses another geometry type', async () => {
    expect(await violations(PolygonDto, { type: 'MultiPolygon', coordinates: [[ring]] })).toEqual([
      expect.objectContaining({ path: 'type' }),
      expect.objectContaining({ path: 'coordinates' }),
    ]);
  });

  it('takes a plot point with six decimals in each coordinate, or a polygon', async () => {
    expect(await violations(GeolocationDto, { type: 'Point', coordinates: [-74.553889, -8.379167] })).toEqual([]);
    expect(await violations(GeolocationDto, { type: 'Polygon', coordinates: [ring] })).toEqual([]);
  });

  it('leaves a point’s decimals to the request’s text: parsed, -8.379170 would count five', async () => {
    expect(await violations(GeolocationDto, { type: 'Point', coordinates: [-74.55389, -8.37917] })).toEqual([]);
  });

  it('refuses a point that is not one position in range', async () => {
    expect((await violations(GeolocationDto, { type: 'Point', coordinates: [-74.553889] }))[0]?.messages[0]).toContain('malformed position');
    expect((await violations(GeolocationDto, { type: 'Point', coordinates: [-194.553889, -8.379167] }))[0]?.messages[0]).toContain('position out of range');
    expect(await violations(GeolocationDto, { type: 'LineString', coordinates: [ring] })).toEqual([expect.objectContaining({ path: 'type' })]);
  });

  it('refuses a polygon of too many rings or positions by its size, before reading any position', async () => {
    const holes = Array.from({ length: MOST_POLYGON_RINGS + 1 }, () => ring);
    expect(await violations(PolygonDto, { type: 'Polygon', coordinates: holes })).toEqual([
      { path: 'coordinates', messages: [`coordinates must have at most ${MOST_POLYGON_RINGS} rings`] },
    ]);
    // Not even positions: the size alone refuses it.
    const long = [Array.from({ length: MOST_POLYGON_POSITIONS + 1 }, () => ({}))];
    expect(await violations(GeolocationDto, { type: 'Polygon', coordinates: long })).toEqual([
      { path: 'coordinates', messages: [`coordinates must have at most ${MOST_POLYGON_POSITIONS} positions in all its rings`] },
    ]);
    const largest = [[...Array.from({ length: MOST_POLYGON_POSITIONS - 1 }, (_, i) => [-74.5 + i / 1e5, -8.4 - ((i % 2) / 1e3)]), [-74.5, -8.4]]];
    expect(await violations(PolygonDto, { type: 'Polygon', coordinates: largest })).toEqual([]);
  });
});
