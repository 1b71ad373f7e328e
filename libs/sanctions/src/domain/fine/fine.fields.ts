import { InvalidFineInput } from './fine.errors.js';
import { exact, parseDecimal, type Exact } from './exact.js';

const ZERO = exact('0');

export function decimalField(field: string, value: unknown): Exact {
  const parsed = parseDecimal(value);
  if (parsed === undefined) throw new InvalidFineInput(field, 'must be a plain decimal string such as "12.5" (up to 20 digits before the point and 10 after)', value);
  return parsed;
}

export function notNegativeField(field: string, value: unknown): Exact {
  const parsed = decimalField(field, value);
  if (parsed.isNegative()) throw new InvalidFineInput(field, 'must not be negative', value);
  return parsed;
}

/** A percentage above 0 and, when `below` is given, under it. */
export function percentageField(field: string, value: unknown, below?: string): Exact {
  const parsed = decimalField(field, value);
  if (parsed.lte(ZERO) || (below !== undefined && parsed.gte(exact(below)))) throw new InvalidFineInput(field, below === undefined ? 'must be above 0' : `must be above 0 and under ${below}`, value);
  return parsed;
}

export function levelField<Scale extends object>(field: string, scale: Scale, value: unknown): keyof Scale {
  if (typeof value !== 'string' || !Object.hasOwn(scale, value)) throw new InvalidFineInput(field, `must be one of ${Object.keys(scale).join(', ')}`, value);
  return value as keyof Scale;
}
