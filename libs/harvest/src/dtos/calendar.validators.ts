import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isCalendarDate, isInstant } from '../domain/validity.js';

/** A real calendar date written `YYYY-MM-DD`. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
        defaultMessage: (args) => `${args?.property ?? 'date'} must be a calendar date YYYY-MM-DD`,
      },
    },
    options,
  );
}

/** An ISO-8601 date-time with its offset, e.g. `2026-05-02T08:00:00-05:00`. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isInstant(value),
        defaultMessage: (args) => `${args?.property ?? 'at'} must be an ISO-8601 date-time with its offset, e.g. 2026-05-02T08:00:00-05:00`,
      },
    },
    options,
  );
}
