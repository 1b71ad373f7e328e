import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import type { GeoPoint, GeoPolygon } from '#shared-kernel';
import { type GeometryFinding, geolocationFinding, polygonFinding } from '../domain/geolocation.js';

/** `coordinates` of a GeoJSON Polygon: closed rings of four positions or more, every [longitude, latitude] in range. */
export function IsPolygonCoordinates(options?: ValidationOptions): PropertyDecorator {
  return geometryRule('isPolygonCoordinates', (coordinates) => polygonProblem(coordinates), options);
}

/**
 * `coordinates` of a plot, by the `type` beside them: a Point is one position in range (its six decimals are
 * counted on the request's text, where trailing zeros are not lost yet); a Polygon as above.
 */
export function IsPlotCoordinates(options?: ValidationOptions): PropertyDecorator {
  return geometryRule('isPlotCoordinates', (coordinates, owner) => {
    if (owner.type === 'Polygon') return polygonProblem(coordinates);
    return owner.type === 'Point' ? pointProblem(coordinates) : undefined;
  }, options);
}

type ProblemOf = (coordinates: unknown, owner: { readonly type?: unknown }) => string | undefined;

function geometryRule(name: string, problemOf: ProblemOf, options?: ValidationOptions): PropertyDecorator {
  const problem = (args: ValidationArguments) => problemOf(args.value, args.object as { type?: unknown });
  return ValidateBy(
    {
      name,
      validator: {
        validate: (_value: unknown, args?: ValidationArguments) => args !== undefined && problem(args) === undefined,
        defaultMessage: (args?: ValidationArguments) => `${args?.property ?? 'coordinates'} ${(args && problem(args)) ?? 'are not usable'}`,
      },
    },
    options,
  );
}

/** An outer boundary and the holes cut out of it. */
export const MOST_POLYGON_RINGS = 20;
/** Field plots have tens of vertices, cadastral boundaries hundreds; containment checks pair every vertex with every edge. */
export const MOST_POLYGON_POSITIONS = 2000;

// The domain's own checks, run on the raw value so a malformed one is answered with its field path; sizes first, before any position is read.
function polygonProblem(coordinates: unknown): string | undefined {
  if (!Array.isArray(coordinates)) return 'must be an array of rings of [longitude, latitude] positions';
  if (coordinates.length > MOST_POLYGON_RINGS) return `must have at most ${MOST_POLYGON_RINGS} rings`;
  const positions = coordinates.reduce((count: number, ring: unknown) => count + (Array.isArray(ring) ? ring.length : 0), 0);
  if (positions > MOST_POLYGON_POSITIONS) return `must have at most ${MOST_POLYGON_POSITIONS} positions in all its rings`;
  const finding = polygonFinding({ type: 'Polygon', coordinates } as GeoPolygon);
  return finding && `must be closed rings of four [longitude, latitude] positions or more: ${findingText(finding)}`;
}

function pointProblem(coordinates: unknown): string | undefined {
  const point = { type: 'Point', coordinates } as GeoPoint;
  const finding = geolocationFinding(point);
  return finding && `must be one [longitude, latitude] position: ${findingText(finding)}`;
}

function findingText({ problem, ring, position }: GeometryFinding): string {
  const where = [ring === undefined ? '' : `ring ${ring}`, position === undefined ? '' : `position ${position}`].filter(Boolean).join(', ');
  return `${problem.replaceAll('_', ' ')}${where ? ` (${where})` : ''}`;
}
