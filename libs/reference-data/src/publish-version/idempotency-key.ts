import { randomUUID } from 'node:crypto';
import { RequestValidationFailed } from '#http';
import { type Actor, uuidFromName } from '#shared-kernel';
import type { Catalogue } from '../domain/catalogue.js';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

const KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * The command id of a publication: from the client's idempotency key, so a retry is recognised and
 * has one effect; scoped to the publisher and catalogue, so two clients' keys never collide.
 */
export function publicationCommandId(catalogue: Catalogue, actor: Actor, idempotencyKey: string | undefined): string {
  if (idempotencyKey === undefined) return randomUUID();
  if (!KEY.test(idempotencyKey)) {
    throw new RequestValidationFailed([{ path: IDEMPOTENCY_KEY_HEADER, messages: [`${IDEMPOTENCY_KEY_HEADER} must be 1 to 200 visible ASCII characters`] }]);
  }
  return uuidFromName(`reference-data/publish/${catalogue}/${actor.organisation ?? ''}/${actor.id}/${idempotencyKey}`);
}
