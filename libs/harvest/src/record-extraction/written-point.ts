import { writtenDecimals } from '../domain/geolocation.js';

// A JSON number, as the grammar has it; matched only where a value starts outside any string.
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The JSON text with every number turned into a string of its own text, so parsing keeps what was written. */
function numbersKeptAsWritten(json: string): string {
  let kept = '';
  let from = 0;
  for (let at = 0; at < json.length; at++) {
    const char = json[at]!;
    if (char === '"') {
      // Skip the string whole, escaped quotes included.
      for (at++; at < json.length && json[at] !== '"'; at++) if (json[at] === '\\') at++;
    } else if (char === '-' || (char >= '0' && char <= '9')) {
      NUMBER.lastIndex = at;
      const literal = NUMBER.exec(json)?.[0];
      if (literal === undefined) continue;
      kept += `${json.slice(from, at)}"${literal}"`;
      at += literal.length - 1;
      from = at + 1;
    }
  }
  return kept + json.slice(from);
}

/**
 * The decimal digits of `geolocation.coordinates` of a Point as the request body wrote them: `-8.379170`
 * has six, though it parses as -8.37917. Undefined when the body holds no such point.
 */
export function writtenPointDecimals(body: string): readonly [number, number] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(numbersKeptAsWritten(body));
  } catch {
    return undefined;
  }
  const geolocation = (parsed as { geolocation?: { type?: unknown; coordinates?: unknown } } | null)?.geolocation;
  const coordinates = geolocation?.type === 'Point' ? geolocation.coordinates : undefined;
  if (!Array.isArray(coordinates) || coordinates.length !== 2 || !coordinates.every((value) => typeof value === 'string')) return undefined;
  return [writtenDecimals(coordinates[0] as string), writtenDecimals(coordinates[1] as string)];
}
