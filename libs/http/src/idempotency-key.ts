import { randomUUID } from 'node:crypto';
import { applyDecorators, Headers } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { type Actor, uuidFromName } from '#shared-kernel';
import { RequestValidationFailed } from './request-validation-failed.js';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

const KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * The command id of a request: from the client's idempotency key, so a retry is recognised and has
 * one effect; scoped to the use case and the caller, so two clients' keys never collide.
 */
export function commandIdFor(scope: string, actor: Actor, idempotencyKey: string | undefined): string {
  if (idempotencyKey === undefined) return randomUUID();
  if (!KEY.test(idempotencyKey)) {
    throw new RequestValidationFailed([{ path: IDEMPOTENCY_KEY_HEADER, messages: [`${IDEMPOTENCY_KEY_HEADER} must be 1 to 200 visible ASCII characters`] }]);
  }
  return uuidFromName(`${scope}/${actor.organisation ?? ''}/${actor.id}/${idempotencyKey}`);
}

/** The optional `Idempotency-Key` header, documented: `@IdempotencyKey() key?: string`. */
export const IdempotencyKey = (): ParameterDecorator => Headers(IDEMPOTENCY_KEY_HEADER);

/** Documents the header on a command endpoint. */
export function AcceptsIdempotencyKey(): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      description: 'Retrying with the same key answers the first request again instead of acting twice',
    }),
  );
}
