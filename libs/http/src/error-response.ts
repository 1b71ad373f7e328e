import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError, type ErrorKind } from '#shared-kernel';

/** The one shape of every error answer: clients branch on the stable `error` code, never on `message`. */
export interface ErrorBody {
  readonly error: string;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

export interface ErrorResponse {
  readonly status: number;
  readonly body: ErrorBody;
}

const STATUS_BY_KIND: Readonly<Record<ErrorKind, HttpStatus>> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
};

// Spelled out rather than derived from status texts, which change between Node versions (413 was renamed).
const CODE_BY_STATUS: Readonly<Partial<Record<number, string>>> = {
  [HttpStatus.BAD_REQUEST]: 'bad_request',
  [HttpStatus.UNAUTHORIZED]: 'unauthenticated',
  [HttpStatus.FORBIDDEN]: 'forbidden',
  [HttpStatus.NOT_FOUND]: 'not_found',
  [HttpStatus.METHOD_NOT_ALLOWED]: 'method_not_allowed',
  [HttpStatus.NOT_ACCEPTABLE]: 'not_acceptable',
  [HttpStatus.CONFLICT]: 'conflict',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'payload_too_large',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'unsupported_media_type',
  [HttpStatus.UNPROCESSABLE_ENTITY]: 'unprocessable_entity',
  [HttpStatus.TOO_MANY_REQUESTS]: 'too_many_requests',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'service_unavailable',
};

/** What a fault of ours looks like from outside: nothing of the fault itself. */
export const INTERNAL_ERROR: ErrorResponse = {
  status: HttpStatus.INTERNAL_SERVER_ERROR,
  body: { error: 'internal_error', message: 'An unexpected error occurred', details: {} },
};

/** Maps anything thrown while serving a request to its status and body. */
export function errorResponse(exception: unknown): ErrorResponse {
  if (exception instanceof DomainError) {
    return {
      status: STATUS_BY_KIND[exception.kind],
      body: { error: exception.code, message: exception.message, details: exception.details },
    };
  }
  if (exception instanceof HttpException) return httpExceptionResponse(exception);
  return INTERNAL_ERROR;
}

function httpExceptionResponse(exception: HttpException): ErrorResponse {
  const status = exception.getStatus();
  // The parser's own message is Fastify's wording, which differs between its versions.
  if ((exception.cause as { code?: unknown } | undefined)?.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return { status, body: { error: 'malformed_json', message: 'The request body is not valid JSON', details: {} } };
  }
  const error = exception.errorCode ?? CODE_BY_STATUS[status] ?? `http_${status}`;
  return { status, body: { error, message: exception.message, details: {} } };
}
