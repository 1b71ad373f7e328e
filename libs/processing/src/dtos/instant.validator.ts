import { ValidateBy, type ValidationOptions } from 'class-validator';
import { instantOf } from '../domain/instant.js';

/** An ISO-8601 date (`2026-05-10`, that whole day in Peru) or date-time (`2026-05-10T09:00:00-05:00`; without an offset, Peru time). */
export function IsIsoInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoInstant',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && instantOf(value) !== undefined,
        defaultMessage: (args) => `${args?.property ?? 'at'} must be an ISO-8601 date or date-time, e.g. 2026-05-10 or 2026-05-10T09:00:00-05:00`,
      },
    },
    options,
  );
}
