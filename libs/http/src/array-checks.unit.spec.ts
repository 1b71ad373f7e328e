import { describe, expect, it } from '@jest/globals';
import { ArrayMaxSize, IsArray, IsOptional, IsString } from 'class-validator';
import { NestedArray, NestedObject } from './nested.decorators.js';
import { arrayViolations } from './array-checks.js';

class Point {
  @IsArray()
  @ArrayMaxSize(2)
  readonly coordinates!: number[];
}

class Line {
  @NestedArray(() => Point, { max: 3 })
  readonly points!: Point[];
}

class Shipment {
  @IsArray()
  @ArrayMaxSize(2)
  @IsString({ each: true })
  readonly plates!: string[];

  @NestedArray(() => Line, { min: 1, max: 2 })
  readonly lines!: Line[];

  @IsOptional()
  @NestedObject(() => Point)
  readonly origin?: Point;
}

class ReturnShipment extends Shipment {}

describe('arrayViolations', () => {
  it('finds the arrays over their maximum, nested ones by their path, through objects and elements', () => {
    const body = { plates: ['A', 'B', 'C'], lines: [{ points: [{}, {}, {}, {}] }, { points: [{ coordinates: [1, 2, 3] }] }], origin: { coordinates: [1, 2, 3] } };
    expect(arrayViolations(Shipment, body)).toEqual([
      { path: 'plates', messages: ['plates must contain no more than 2 elements'] },
      { path: 'lines.0.points', messages: ['points must contain no more than 3 elements'] },
      { path: 'lines.1.points.0.coordinates', messages: ['coordinates must contain no more than 2 elements'] },
      { path: 'origin.coordinates', messages: ['coordinates must contain no more than 2 elements'] },
    ]);
  });

  it('does not look into the elements of an array that is itself too long', () => {
    const lines = Array.from({ length: 50_000 }, () => ({ points: [{}, {}, {}, {}] }));
    expect(arrayViolations(Shipment, { lines })).toEqual([{ path: 'lines', messages: ['lines must contain no more than 2 elements'] }]);
  });

  it('finds the elements that are not objects where objects are wanted, each at its own path', () => {
    const body = { lines: [{ points: [{}, [], 'x'] }, null] };
    expect(arrayViolations(Shipment, body)).toEqual([
      { path: 'lines.1', messages: ['each value in lines must be an object'] },
      { path: 'lines.0.points.1', messages: ['each value in points must be an object'] },
      { path: 'lines.0.points.2', messages: ['each value in points must be an object'] },
    ]);
  });

  it('reads the rules of the classes a DTO extends', () => {
    expect(arrayViolations(ReturnShipment, { plates: ['A', 'B', 'C'] }).map((violation) => violation.path)).toEqual(['plates']);
  });

  it('leaves alone what is not an array where one is expected: validation answers that', () => {
    expect(arrayViolations(Shipment, { plates: 'ABC', lines: { points: 1 }, origin: [] })).toEqual([]);
    expect(arrayViolations(Shipment, 'a string')).toEqual([]);
  });
});
