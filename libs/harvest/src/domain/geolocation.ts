import type { GeoPolygon, Position } from '#shared-kernel';
import type { Geolocation } from './permit.js';

/** EUDR art. 2(28): plot coordinates with at least six decimal digits. */
export const MIN_POINT_DECIMALS = 6;

export type GeometryProblem = 'unknown_type' | 'malformed_position' | 'position_out_of_range' | 'no_rings' | 'ring_too_short' | 'ring_not_closed';

/** What is wrong with a geometry, and where (ring and position indexes, from 0). */
export interface GeometryFinding {
  readonly problem: GeometryProblem;
  readonly ring?: number;
  readonly position?: number;
}

/**
 * Decimal digits of a number as JavaScript writes it (`1e-7` has 7); trailing zeros of the
 * original text are gone once JSON is parsed, so `-74.10` counts 1.
 */
export function decimals(value: number): number {
  return writtenDecimals(value.toString());
}

/** Decimal digits of a number as written, trailing zeros included: `-74.100000` has 6, `15E-7` has 7. */
export function writtenDecimals(text: string): number {
  const [mantissa = '', exponent = '0'] = text.toLowerCase().split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}

// Commands arrive as parsed JSON, so the shape is checked, not trusted.
function positionProblem(position: Position): GeometryProblem | undefined {
  if (!Array.isArray(position) || position.length !== 2 || !position.every(Number.isFinite)) return 'malformed_position';
  const [lon, lat] = position;
  return Math.abs(lon) > 180 || Math.abs(lat) > 90 ? 'position_out_of_range' : undefined;
}

/** A GeoJSON Polygon: at least one ring, each closed, of four positions or more, in range. */
export function polygonFinding(polygon: GeoPolygon): GeometryFinding | undefined {
  if (polygon?.type !== 'Polygon' || !Array.isArray(polygon.coordinates)) return { problem: 'unknown_type' };
  if (polygon.coordinates.length === 0) return { problem: 'no_rings' };
  for (const [ring, positions] of polygon.coordinates.entries()) {
    if (!Array.isArray(positions) || positions.length < 4) return { problem: 'ring_too_short', ring };
    for (const [position, value] of positions.entries()) {
      const problem = positionProblem(value);
      if (problem) return { problem, ring, position };
    }
    const [first, last] = [positions[0]!, positions[positions.length - 1]!];
    if (first[0] !== last[0] || first[1] !== last[1]) return { problem: 'ring_not_closed', ring };
  }
  return undefined;
}

export function geolocationFinding(geolocation: Geolocation): GeometryFinding | undefined {
  if (geolocation?.type === 'Polygon') return polygonFinding(geolocation);
  if (geolocation?.type !== 'Point') return { problem: 'unknown_type' };
  const problem = positionProblem(geolocation.coordinates);
  return problem && { problem };
}

/** Decimals of [longitude, latitude]. */
export function pointDecimals([lon, lat]: Position): readonly [number, number] {
  return [decimals(lon), decimals(lat)];
}
