import { describe, expect, it } from '@jest/globals';
import { distanceKm, distanceToPathKm, type GeoPolygon, pointInPolygon, polygonWithin } from './geo.js';

// Pucallpa and Puerto Maldonado, about 530 km apart as the crow flies.
const PUCALLPA = [-74.553889, -8.379167] as const;
const PUERTO_MALDONADO = [-69.189444, -12.593333] as const;

const square: GeoPolygon = {
  type: 'Polygon',
  coordinates: [
    [[-74.6, -8.5], [-74.4, -8.5], [-74.4, -8.3], [-74.6, -8.3], [-74.6, -8.5]],
    [[-74.52, -8.42], [-74.48, -8.42], [-74.48, -8.38], [-74.52, -8.38], [-74.52, -8.42]],
  ],
};

describe('geo', () => {
  it('measures great-circle distances', () => {
    expect(distanceKm(PUCALLPA, PUERTO_MALDONADO)).toBeGreaterThan(700);
    expect(distanceKm(PUCALLPA, PUERTO_MALDONADO)).toBeLessThan(760);
    expect(distanceKm(PUCALLPA, PUCALLPA)).toBe(0);
  });

  it('tells points inside a polygon from those outside or in a hole', () => {
    expect(pointInPolygon([-74.45, -8.45], square)).toBe(true);
    expect(pointInPolygon([-74.7, -8.45], square)).toBe(false);
    expect(pointInPolygon([-74.5, -8.4], square)).toBe(false);
  });

  it('checks that a plot lies within an area', () => {
    const plot: GeoPolygon = { type: 'Polygon', coordinates: [[[-74.59, -8.49], [-74.55, -8.49], [-74.55, -8.45], [-74.59, -8.49]]] };
    expect(polygonWithin(plot, square)).toBe(true);
    expect(polygonWithin({ type: 'Polygon', coordinates: [[[-74.59, -8.49], [-74.3, -8.49], [-74.55, -8.45], [-74.59, -8.49]]] }, square)).toBe(false);
  });

  it('measures the distance from a point to a road', () => {
    const road = [[-74.0, -9.0], [-74.0, -8.0]] as const;
    expect(distanceToPathKm([-74.0, -8.5], road)).toBeCloseTo(0, 6);
    expect(distanceToPathKm([-73.99, -8.5], road)).toBeCloseTo(1.1, 1);
    expect(distanceToPathKm([-74.0, -7.99], road)).toBeCloseTo(1.11, 1);
  });
});
