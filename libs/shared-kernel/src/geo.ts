/** [longitude, latitude] in decimal degrees, as GeoJSON orders them. */
export type Position = readonly [number, number];

export interface GeoPoint {
  readonly type: 'Point';
  readonly coordinates: Position;
}

export interface GeoPolygon {
  readonly type: 'Polygon';
  /** Outer ring first, then holes; each ring closed (first position = last). */
  readonly coordinates: readonly (readonly Position[])[];
}

/** An area given by its bounds: an axis-aligned rectangle, closed, counter-clockwise. */
export function rectangle(west: number, south: number, east: number, north: number): GeoPolygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

const EARTH_RADIUS_KM = 6371.0088;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in km. */
export function distanceKm([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const dLat = radians(lat2 - lat1);
  const dLon = radians(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Ray casting on one ring; fine at the scale of a harvest area. */
function insideRing(point: Position, ring: readonly Position[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygon(point: Position, polygon: GeoPolygon): boolean {
  const [outer, ...holes] = polygon.coordinates;
  return !!outer && insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole));
}

/** Every vertex of `inner` lies inside `outer` (plots are small and convex enough for this to be the useful test). */
export function polygonWithin(inner: GeoPolygon, outer: GeoPolygon): boolean {
  return (inner.coordinates[0] ?? []).every((p) => pointInPolygon(p, outer));
}

/** Shortest distance in km from a point to a path of positions (a road between checkpoints). */
export function distanceToPathKm(point: Position, path: readonly Position[]): number {
  if (path.length === 1) return distanceKm(point, path[0]!);
  let best = Infinity;
  for (let i = 1; i < path.length; i++) best = Math.min(best, distanceToSegmentKm(point, path[i - 1]!, path[i]!));
  return best;
}

// Equirectangular projection around the point: accurate to metres over a few hundred km.
function distanceToSegmentKm(p: Position, a: Position, b: Position): number {
  const k = Math.cos(radians(p[1]));
  const [ax, ay, bx, by, px, py] = [a[0] * k, a[1], b[0] * k, b[1], p[0] * k, p[1]];
  const [dx, dy] = [bx - ax, by - ay];
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return distanceKm(p, [(ax + t * dx) / k, ay + t * dy]);
}
