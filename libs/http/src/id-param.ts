import { Param, type PipeTransform } from '@nestjs/common';
import { DomainError } from '#shared-kernel';

/**
 * What any identifier in a path may be: lot ids, guide and permit numbers (slashes sent as %2F), checkpoint codes,
 * catalogue and species names. Control characters (a NUL once reached SQL as a 500), other punctuation and
 * absurd lengths never name anything here; each endpoint still applies its own rule after this one.
 */
export const PATH_ID = /^[A-Za-z0-9](?:[A-Za-z0-9 ._/-]{0,118}[A-Za-z0-9._/-])?$/;
export const PATH_ID_RULE = 'letters, digits, spaces and . _ / -, at most 120, starting with a letter or digit and not ending with a space';

export class InvalidPathParameter extends DomainError {
  constructor(parameter: string) {
    super('invalid', 'invalid_request', `The path parameter ${parameter} must be ${PATH_ID_RULE}`, { parameter, rule: PATH_ID_RULE });
  }
}

/** Refuses a path parameter that is not a `PATH_ID`, naming it. */
export class IdParamPipe implements PipeTransform<unknown, string> {
  constructor(private readonly parameter: string) {}

  transform(value: unknown): string {
    if (typeof value !== 'string' || !PATH_ID.test(value)) throw new InvalidPathParameter(this.parameter);
    return value;
  }
}

/** `@IdParam('lotId') lotId: string`: the path parameter, checked before it reaches a handler, a stream name or SQL. */
export const IdParam = (parameter: string): ParameterDecorator => Param(parameter, new IdParamPipe(parameter));
