import type { ValidationError } from '@nestjs/common';
import { DomainError } from '#shared-kernel';

/** One rejected field of a request, by its path in the payload (`lines.0.volume`). */
export interface FieldViolation {
  readonly path: string;
  readonly messages: readonly string[];
}

/** A request that fails its DTO's rules: a client error like any other, so the filter needs no special case. */
export class RequestValidationFailed extends DomainError {
  constructor(readonly fields: readonly FieldViolation[]) {
    super('invalid', 'validation_failed', 'The request failed validation', { fields });
  }
}

/** Flattens class-validator's tree into one entry per failing path; the values sent are never echoed back. */
export function fieldViolations(errors: readonly ValidationError[], parentPath?: string): FieldViolation[] {
  return errors.flatMap((error) => {
    // class-validator leaves the property out when it rejects a whole value (an unknown one): the path is its parent's.
    const path = [parentPath, error.property].filter(Boolean).join('.');
    const own = error.constraints ? [{ path, messages: Object.values(error.constraints) }] : [];
    return [...own, ...fieldViolations(error.children ?? [], path)];
  });
}
