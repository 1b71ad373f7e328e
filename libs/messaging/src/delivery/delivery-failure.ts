import { DomainError, VersionConflict } from '#shared-kernel';
import type { DeliveryFailure } from '../parking/parked-messages.js';

/** A conflict or an unexpected fault (a lost connection) may pass on a retry; a refusal the consumer did not record will not. */
export function isTransient(error: unknown): boolean {
  return !(error instanceof DomainError) || error instanceof VersionConflict;
}

export function deliveryFailure(error: unknown, attempts: number): DeliveryFailure {
  if (error instanceof DomainError) return { error: error.code, message: error.message, attempts };
  if (error instanceof Error) return { error: error.name, message: error.message, attempts };
  return { error: 'unknown', message: String(error), attempts };
}

/** A message of a version its consumer was not written for: parked until the consumer reads it. */
export class UnsupportedVersion extends DomainError {
  constructor(consumer: string, type: string, version: number, reads: number) {
    super('conflict', 'unsupported_version', `${consumer} reads ${type} v${reads}, not v${version}`, { consumer, type, version, reads });
  }
}
