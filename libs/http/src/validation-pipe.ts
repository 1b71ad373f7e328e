import { ValidationPipe } from '@nestjs/common';
import { RequestValidationFailed, fieldViolations } from './request-validation-failed.js';

/**
 * Validates every DTO-typed argument: unknown properties are rejected (not silently dropped) so a
 * client's typo surfaces, and a nested value without `@ValidateNested()` + `@Type()` fails instead of passing unchecked.
 */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors) => new RequestValidationFailed(fieldViolations(errors)),
  });
}
