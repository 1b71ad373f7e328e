import { createHash, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { applyDecorators, Headers } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { type Actor, uuidFromName } from '#shared-kernel';
import { RequestValidationFailed } from './request-validation-failed.js';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

const KEY = /^[\x21-\x7e]{1,200}$/;

/** The command id of a request, and with a key, a digest of its body: a retry with another body is refused. */
export interface KeyedCommand {
  readonly id: string;
  readonly requestDigest?: string;
}

/**
 * The command id of a request: from the client's idempotency key, so a retry is recognised and has
 * one effect; scoped to the use case and the caller, so two clients' keys never collide.
 */
export function commandIdFor(scope: string, actor: Actor, idempotencyKey: string | undefined, body: unknown): KeyedCommand {
  if (idempotencyKey === undefined) return { id: randomUUID() };
  assertIdempotencyKey(idempotencyKey);
  return { id: uuidFromName(`${scope}/${actor.organisation ?? ''}/${actor.id}/${idempotencyKey}`), requestDigest: requestDigest(body) };
}

/** Refuses a key that is not 1 to 200 visible ASCII characters, as a field of the request. */
export function assertIdempotencyKey(key: string): void {
  if (!KEY.test(key)) {
    throw new RequestValidationFailed([{ path: IDEMPOTENCY_KEY_HEADER, messages: [`${IDEMPOTENCY_KEY_HEADER} must be 1 to 200 visible ASCII characters`] }]);
  }
}

/**
 * A request hook checking the header on every request before anything else runs: a handler reads the key only after its own
 * reads and checks, so a 5,000-character key drew whatever those answered (a 404) rather than this 400.
 */
export function refuseBadIdempotencyKey(request: { readonly headers: IncomingHttpHeaders }, _reply: unknown, done: (error?: Error) => void): void {
  const key = request.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
  try {
    if (key !== undefined) assertIdempotencyKey(Array.isArray(key) ? key.join(', ') : key);
    done();
  } catch (error) {
    done(error as Error);
  }
}

/** SHA-256 of the body as canonical JSON: the order of its properties does not matter, their values do. */
export function requestDigest(body: unknown): string {
  // Through JSON first: DTO instances, dates and undefined properties become what the wire carried.
  const plain: unknown = body === undefined ? null : JSON.parse(JSON.stringify(body));
  return createHash('sha256').update(JSON.stringify(sortedKeys(plain))).digest('base64url');
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(object).sort().map((key) => [key, sortedKeys(object[key])]));
}

/** The optional `Idempotency-Key` header, documented: `@IdempotencyKey() key?: string`. */
export const IdempotencyKey = (): ParameterDecorator => Headers(IDEMPOTENCY_KEY_HEADER);

/** Documents the header on a command endpoint. */
export function AcceptsIdempotencyKey(): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      description: 'Retrying with the same key and body answers the first request again instead of acting twice; the same key with another body is refused (409 idempotency_key_reused)',
    }),
  );
}
