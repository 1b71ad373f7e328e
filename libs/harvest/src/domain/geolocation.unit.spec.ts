import { describe, expect, it } from '@jest/globals';
import type { GeoPolygon } from '#shared-kernel';
import { decimals, geolocationFinding, pointDecimals, polygonFinding, writtenDecimals } from './geolocation.js';
import { HARVEST_AREA, PERMIT_AREA } from './permit.fixtures.spec.js';

const polygon = (...rings: (readonly (readonly number[])[])[]) => ({ type: 'Polygon', coordinates: rings }) as unknown as GeoPolygon;

describe('decimal digits of a coordinate', () => {
  it('counts the digits after the point', () => {
    expect(decimals(-74.553889)).toBe(6);
    expect(decimals(-8.3)).toBe(1);
    expect(decimals(12)).toBe(0);
    expect(decimals(0.1234567)).toBe(7);
  });

  it('reads numbers that JavaScript writes with an exponent', () => {
    expect(decimals(1e-7)).toBe(7);
    expect(decimals(-1.5e-7)).toBe(8);
    expect(decimals(1e21)).toBe(0);
  });

  it('cannot see trailing zeros: parsing JSON drops them', () => {
    expect(decimals(JSON.parse('-74.100000') as number)).toBe(1);
  });

  it('counts a number as written, trailing zeros and either exponent letter included', () => {
    expect(writtenDecimals('-74.100000')).toBe(6);
    expect(writtenDecimals('-8.37917')).toBe(5);
    expect(writtenDecimals('15E-7')).toBe(7);
    expect(writtenDecimals('1.50e+1')).toBe(1);
    expect(writtenDecimals('12')).toBe(0);
  });

  it('gives a point’s [longitude, latitude] decimals', () => {
    expect(pointDecimals([-74.55389, -8.379167])).toEqual([5, 6]);
  });
});

describe('a polygon', () => {
  it('is fine closed, with four positions or more per ring, holes included', () => {
    expect(polygonFinding(PERMIT_AREA)).toBeUndefined();
    expect(polygonFinding(polygon(PERMIT_AREA.coordinates[0]!, HARVEST_AREA.coordinates[0]!))).toBeUndefined();
  });

  it('names what is wrong and where', () => {
    expect(polygonFinding({ type: 'Point', coordinates: [0, 0] } as unknown as GeoPolygon)).toEqual({ problem: 'unknown_type' });
    expect(polygonFinding(polygon())).toEqual({ problem: 'no_rings' });
    expect(polygonFinding(polygon([[0, 0], [1, 0], [0, 0]]))).toEqual({ problem: 'ring_too_short', ring: 0 });
    expect(polygonFinding(polygon([[0, 0], [1, 0], [1, 1], [0, 1]]))).toEqual({ problem: 'ring_not_closed', ring: 0 });
    expect(polygonFinding(polygon(PERMIT_AREA.coordinates[0]!, [[0, 0], [1, 0], [1, 91], [0, 0]]))).toEqual({ problem: 'position_out_of_range', ring: 1, position: 2 });
    expect(polygonFinding(polygon([[0, 0], [1, 0, 5], [1, 1], [0, 0]]))).toEqual({ problem: 'malformed_position', ring: 0, position: 1 });
    expect(polygonFinding(polygon([[0, 0], [1, Number.NaN], [1, 1], [0, 0]]))).toEqual({ problem: 'malformed_position', ring: 0, position: 1 });
  });
});

describe('a plot geolocation', () => {
  it('is a point in range or a valid polygon', () => {
    expect(geolocationFinding({ type: 'Point', coordinates: [-74.553889, -8.379167] })).toBeUndefined();
    expect(geolocationFinding(HARVEST_AREA)).toBeUndefined();
    expect(geolocationFinding({ type: 'Point', coordinates: [180.5, 0] })).toEqual({ problem: 'position_out_of_range' });
    expect(geolocationFinding({ type: 'Point', coordinates: [1] } as never)).toEqual({ problem: 'malformed_position' });
    expect(geolocationFinding({ type: 'MultiPoint', coordinates: [] } as never)).toEqual({ problem: 'unknown_type' });
  });
});
