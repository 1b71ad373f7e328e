import { resolve } from 'node:path';
import { durationSeconds } from '#auth/cli';
import type { Kind } from './setting.js';

/** Any text: a name, a host, a path. */
export const text: Kind<string> = { expected: 'some text', parse: (value) => value };

/** A folder, made absolute against the working directory at start. */
export const folder: Kind<string> = { expected: 'a folder', parse: (value) => resolve(value) };

/** A whole number within bounds. */
export function integer(min: number, max: number, unit = ''): Kind<number> {
  return {
    expected: `${unit === '' ? 'an integer' : `a whole number of ${unit}`} from ${min} to ${max}`,
    parse: (value) => (/^\d+$/.test(value) && Number(value) >= min && Number(value) <= max ? Number(value) : undefined),
  };
}

/** A decimal number; `above0` where it divides or bounds a search, else 0 or more (a tolerance). */
export function decimal({ above0, whole = false }: { readonly above0: boolean; readonly whole?: boolean }): Kind<number> {
  return {
    expected: `${whole ? 'a whole number' : 'a number'}${above0 ? ' above 0' : ', 0 or more'}`,
    parse: (value) => {
      const number = Number(value);
      return /^\d+(\.\d+)?$/.test(value) && (!whole || Number.isInteger(number)) && (above0 ? number > 0 : number >= 0) ? number : undefined;
    },
  };
}

/** A duration written as a whole number of s, m, h or d, in seconds. */
export const duration: Kind<number> = { expected: 'a whole number of s, m, h or d (like 30m or 12h)', parse: durationSeconds };

/** A URL of one of `protocols`, its password masked when refused. */
export function url(protocols: readonly string[], expected: string): Kind<string> {
  return {
    expected,
    parse: (value) => (protocols.includes(URL.parse(value)?.protocol ?? '') ? value : undefined),
    shown: masked,
  };
}

/** A Postgres schema name: SQL names it unquoted. */
export const schemaName: Kind<string> = {
  expected: 'a Postgres name: letters, digits and _, not starting with a digit, at most 63 characters',
  parse: (value) => (/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(value) ? value : undefined),
};

/** A comma-separated list, blanks dropped. */
export const list: Kind<readonly string[]> = {
  expected: 'a comma-separated list',
  parse: (value) => value.split(',').map((item) => item.trim()).filter((item) => item !== ''),
};

// A database URL often carries a password: an error at start goes to logs.
function masked(value: string): string {
  const parsed = URL.parse(value);
  if (parsed === null) return value.includes('@') ? '(hidden: it may hold a password)' : value;
  if (parsed.password === '') return value;
  parsed.password = '***';
  return parsed.href;
}
