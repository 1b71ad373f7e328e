import { describe, expect, it } from '@jest/globals';
import { writtenPointDecimals } from './written-point.js';

describe('a plot point’s decimals as the request wrote them', () => {
  it('keeps trailing zeros that parsing drops', () => {
    expect(writtenPointDecimals('{"pieces": 12, "geolocation": {"type": "Point", "coordinates": [-74.553880, -8.379170]}}')).toEqual([6, 6]);
    expect(writtenPointDecimals('{"geolocation":{"coordinates":[-74.55389,-8.3791700],"type":"Point"}}')).toEqual([5, 7]);
  });

  it('reads exponents as numbers written that way', () => {
    expect(writtenPointDecimals('{"geolocation": {"type": "Point", "coordinates": [-7455388.9E-5, -8.379170e0]}}')).toEqual([6, 6]);
  });

  it('is not misled by digits, quotes or brackets inside strings', () => {
    const body = '{"species": "say \\"-1.5\\" [0.1, 2]", "geolocation": {"type": "Point", "coordinates": [-74.553889, -8.37917]}, "lotId": "LOT-7.000000"}';
    expect(writtenPointDecimals(body)).toEqual([6, 5]);
  });

  it('says nothing of a polygon, a missing or malformed point, or a body that is not JSON', () => {
    expect(writtenPointDecimals('{"geolocation": {"type": "Polygon", "coordinates": [[[1.0, 2.0]]]}}')).toBeUndefined();
    expect(writtenPointDecimals('{"pieces": 3}')).toBeUndefined();
    expect(writtenPointDecimals('{"geolocation": {"type": "Point", "coordinates": [-74.553889]}}')).toBeUndefined();
    expect(writtenPointDecimals('null')).toBeUndefined();
    expect(writtenPointDecimals('{"geolocation": ')).toBeUndefined();
  });
});
