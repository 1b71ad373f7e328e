import type { ValidationError } from '@nestjs/common';
import { DomainError } from '#shared-kernel';

/** One rejected field of a request, by its path in the payload (`lines.0.volume`). */
export interface FieldViolation {
  readonly path: string;
  readonly messages: readonly string[];
}

/** Enough for a client to fix its request, few enough that no answer grows with the mistakes in it (a 150 kB body once drew 39 MB). */
export const MOST_FIELDS_REPORTED = 20;

/** A request that fails its DTO's rules: a client error like any other, so the filter needs no special case. */
export class RequestValidationFailed extends DomainError {
  /** The violations reported, the first `MOST_FIELDS_REPORTED`. */
  readonly fields: readonly FieldViolation[];
  /** How many more were found and left out. */
  readonly omittedFields: number;

  constructor(fields: readonly FieldViolation[]) {
    const reported = fields.slice(0, MOST_FIELDS_REPORTED);
    const omittedFields = fields.length - reported.length;
    super(
      'invalid',
      'validation_failed',
      omittedFields === 0 ? 'The request failed validation' : `The request failed validation: the first ${reported.length} of ${fields.length} violations are listed`,
      omittedFields === 0 ? { fields: reported } : { fields: reported, omittedFields },
    );
    this.fields = reported;
    this.omittedFields = omittedFields;
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
