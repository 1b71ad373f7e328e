import { DomainError, type ErrorKind } from './errors.js';

/** Why a command was refused, as a recorded refusal keeps it: what a client would have been answered. */
export interface Refusal {
  readonly kind: ErrorKind;
  readonly error: string;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

export function refusalOf(error: DomainError): Refusal {
  return { kind: error.kind, error: error.code, message: error.message, details: error.details };
}

/** A recorded refusal answered again, as it was answered the first time. */
export function refusedError({ kind, error, message, details }: Refusal): DomainError {
  return new DomainError(kind, error, message, details);
}
