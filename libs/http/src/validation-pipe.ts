import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { arrayViolations } from './array-checks.js';
import { controlCharacters } from './control-characters.js';
import { prototypeKeys } from './prototype-keys.js';
import { RequestValidationFailed, fieldViolations } from './request-validation-failed.js';

/**
 * Validates every DTO-typed argument: unknown properties are rejected (not silently dropped) so a
 * client's typo surfaces, and a nested value without `@ValidateNested()` + `@Type()` fails instead of passing unchecked.
 */
export function validationPipe(): ValidationPipe {
  return new EdgeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors) => new RequestValidationFailed(fieldViolations(errors)),
  });
}

/** Nest's pipe, after checks on the plain value that its own steps would get wrong, make slow, or let through. */
class EdgeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.metatype && this.toValidate(metadata)) {
      // Before the copy into DTOs: Nest would strip `__proto__` silently, and copy every element of an overlong array.
      const refused = [...prototypeKeys(value), ...controlCharacters(value), ...arrayViolations(metadata.metatype, value)];
      if (refused.length > 0) throw new RequestValidationFailed(refused);
    }
    return super.transform(value, metadata);
  }
}
