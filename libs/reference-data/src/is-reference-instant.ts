import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import { instantOf } from './domain/reference-instant.js';

/** An ISO-8601 date or date-time as reference data reads it (no offset: Peru time). */
export function IsReferenceInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isReferenceInstant',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && instantOf(value) !== undefined,
        defaultMessage: buildMessage((each) => `${each}$property must be an ISO-8601 date (2025-01-01) or date-time (2025-01-01T08:00:00-05:00)`, options),
      },
    },
    options,
  );
}
