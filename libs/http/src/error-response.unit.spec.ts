import { describe, expect, it } from '@jest/globals';
import { BadRequestException, ConflictException, HttpException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { DomainError, StreamDeleted, VersionConflict, type ErrorKind } from '#shared-kernel';
import { INTERNAL_ERROR, errorResponse } from './error-response.js';
import { RequestValidationFailed } from './request-validation-failed.js';

describe('errorResponse', () => {
  it.each<[ErrorKind, number]>([
    ['invalid', 400],
    ['unauthenticated', 401],
    ['forbidden', 403],
    ['not_found', 404],
    ['conflict', 409],
  ])('answers a DomainError of kind %s with %i, its code, message and details', (kind, status) => {
    expect(errorResponse(new DomainError(kind, 'some_code', 'Some message', { lotId: 'lot-1' }))).toEqual({
      status,
      body: { error: 'some_code', message: 'Some message', details: { lotId: 'lot-1' } },
    });
  });

  it('answers the store errors by their kind', () => {
    expect(errorResponse(new VersionConflict('lot-1', 'no_stream', 0)).status).toBe(409);
    expect(errorResponse(new StreamDeleted('lot-1'))).toEqual({
      status: 404,
      body: { error: 'stream_deleted', message: 'Stream lot-1 was deleted', details: { streamId: 'lot-1' } },
    });
  });

  it('answers a failed validation with 400 and the failing paths', () => {
    const failure = new RequestValidationFailed([{ path: 'lines.0.volume', messages: ['volume must be a positive number'] }]);
    expect(errorResponse(failure)).toEqual({
      status: 400,
      body: {
        error: 'validation_failed',
        message: 'The request failed validation',
        details: { fields: [{ path: 'lines.0.volume', messages: ['volume must be a positive number'] }] },
      },
    });
  });

  it('keeps the status of an HttpException, with a code for it', () => {
    expect(errorResponse(new NotFoundException('Cannot GET /x'))).toEqual({ status: 404, body: { error: 'not_found', message: 'Cannot GET /x', details: {} } });
    expect(errorResponse(new PayloadTooLargeException()).body.error).toBe('payload_too_large');
    expect(errorResponse(new HttpException('I am a teapot', 418)).body.error).toBe('http_418');
  });

  it('prefers the code an HttpException was thrown with', () => {
    expect(errorResponse(new ConflictException('Taken', { errorCode: 'permit_taken' })).body.error).toBe('permit_taken');
  });

  it('answers a body that is not JSON with a fixed message, not the parser’s', () => {
    const parserError = Object.assign(new Error("Body is not valid JSON but content-type is set to 'application/json'"), { code: 'FST_ERR_CTP_INVALID_JSON_BODY' });
    expect(errorResponse(new BadRequestException(parserError.message, { cause: parserError }))).toEqual({
      status: 400,
      body: { error: 'malformed_json', message: 'The request body is not valid JSON', details: {} },
    });
  });

  it('answers anything else with a generic 500', () => {
    expect(errorResponse(new Error('password=hunter2'))).toBe(INTERNAL_ERROR);
    expect(errorResponse('a thrown string')).toBe(INTERNAL_ERROR);
    expect(JSON.stringify(INTERNAL_ERROR)).not.toContain('hunter2');
  });
});
