import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isInstant } from '../domain/guide.time.js';

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

/** `[longitude, latitude]` in decimal degrees, as GeoJSON orders them. */
export function IsPosition(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPosition',
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value) &&
          value.length === 2 &&
          value.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
          Math.abs(value[0] as number) <= 180 &&
          Math.abs(value[1] as number) <= 90,
        defaultMessage: (args) => `${args?.property ?? 'position'} must be [longitude, latitude] within [-180, 180] and [-90, 90]`,
      },
    },
    options,
  );
}
