import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '#event-store';
import { tokenCommand } from '../../apps/standalone/src/token/token-command.js';
import { arrayPlaces, dotted, type Endpoint, endpoints, nestedPlaces, type OpenApiDocument, pathOf, REMOVED, sampleOf, stringPlaces, valueAt, withValueAt } from './malformed-requests.js';
import { suiteApp } from './suite-app.js';

// Each class of malformed request a fuzzer found answered with a 500 or stalling the server, sent to every
// endpoint the OpenAPI document lists: each must be answered 400 in the error contract and record nothing.

/** Whom each role's token acts for; the checkpoint's, so a scan reaches validation rather than an ownership refusal. */
const ORGANISATION: Readonly<Record<string, string>> = {
  regulator: 'SERFOR',
  permit_holder: '20123456789',
  processor: 'CTP-UCA-014',
  checkpoint_operator: 'UC-CFB-K010',
  exporter: '20600000014',
  operator: 'OPERATIONS',
};

/** Each test below sends hundreds of requests, on two cores shared with other work: a ceiling, not an expectation. */
const LOOP_TIMEOUT_MS = 120_000;

/** A value for each path parameter that passes every check of its own. */
const pathValue = (parameter: string) => (parameter === 'code' ? ORGANISATION.checkpoint_operator! : parameter === 'catalogue' ? 'species' : 'FUZZ-1');

describe('malformed requests to every endpoint', () => {
  const suite = suiteApp();
  const http = () => request(suite.app().getHttpServer());
  const tokens = new Map<string, Promise<string>>();
  const bearer = (role: string) => {
    if (!tokens.has(role)) tokens.set(role, tokenCommand(['--role', role, '--org', ORGANISATION[role]!, '--sub', `fuzz-${role}`], { DATA_DIR: suite.dataDir() }));
    return tokens.get(role)!;
  };
  let document: OpenApiDocument;
  let withBodies: Endpoint[];
  let eventsAtStart: number;
  const events = async () => (await suite.app().get<EventStore>(EVENT_STORE).readAll({ maxCount: 1_000_000 })).length;

  /** Sends `body` (a value, or JSON text as it is) to the endpoint, its path parameters valid unless given. */
  const send = async (endpoint: Endpoint, body: unknown, path = pathOf(endpoint, pathValue)) => {
    const call = http()[endpoint.method](path);
    if (endpoint.role !== undefined) call.auth(await bearer(endpoint.role), { type: 'bearer' });
    if (endpoint.method === 'get') return call;
    return call.set('Content-Type', 'application/json').send(typeof body === 'string' ? body : JSON.stringify(body));
  };

  /** The field paths an answer refused: of a 400, or of the scans a batch refused one by one. */
  const refusedPaths = (response: request.Response): string[] => {
    type Fields = { fields?: { path: string }[] };
    const body = response.body as { details?: Fields; results?: { refusal?: { details?: Fields } }[] };
    if (response.status === 200 && body.results) return body.results.flatMap((result) => result.refusal?.details?.fields ?? []).map((field) => field.path);
    return (body.details?.fields ?? []).map((field) => field.path);
  };

  /** What was wrong with an answer that should have been a 400 in the contract, or undefined. */
  const unexpected = (label: string, response: request.Response, error: string) => {
    const body = response.body as { error?: unknown; message?: unknown; details?: unknown };
    const inContract = typeof body.error === 'string' && typeof body.message === 'string' && typeof body.details === 'object' && body.details !== null;
    return response.status === 400 && inContract && body.error === error ? undefined : `${label}: ${response.status} ${response.text.slice(0, 200)}`;
  };

  beforeAll(async () => {
    document = (await http().get('/docs-json').expect(200)).body as OpenApiDocument;
    withBodies = endpoints(document).filter((endpoint) => endpoint.body !== undefined);
    eventsAtStart = await events();
  });

  it('finds the endpoints with a body in the OpenAPI document', () => {
    expect(withBodies.map((endpoint) => endpoint.template)).toEqual(expect.arrayContaining(['/guides', '/permits/{permitId}/plans', '/checkpoints/{code}/scans/batch']));
    expect(withBodies.length).toBeGreaterThanOrEqual(25);
    expect(withBodies.every((endpoint) => sampleOf(endpoint.body!, document) !== undefined)).toBe(true);
  });

  it('answers a body nested 10,000 levels deep with 400 json_too_deep, at every endpoint', async () => {
    const deep = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const failures: string[] = [];
    for (const endpoint of withBodies) {
      const failure = unexpected(`${endpoint.method} ${endpoint.template}`, await send(endpoint, deep), 'json_too_deep');
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
  }, LOOP_TIMEOUT_MS);

  it('answers a required nested object left out, or sent as {}, [], a string or null, with 400 and its path; an array element likewise', async () => {
    const failures: string[] = [];
    for (const endpoint of withBodies) {
      const sample = sampleOf(endpoint.body!, document);
      for (const { path, kind } of nestedPlaces(endpoint.body!, document)) {
        for (const value of kind === 'object' ? [REMOVED, {}, [], 'x', null] : [{}, [], 'x', null]) {
          const label = `${endpoint.method} ${endpoint.template} ${dotted(path)} = ${value === REMOVED ? 'left out' : JSON.stringify(value)}`;
          const response = await send(endpoint, withValueAt(sample, path, value));
          const refused = refusedPaths(response).some((field) => field === dotted(path) || field.startsWith(`${dotted(path)}.`));
          // A batch refuses each malformed scan in its 200 answer, and judges the others.
          const answered = response.status === 400 || (response.status === 200 && endpoint.template.endsWith('/batch'));
          if (!answered || !refused) failures.push(`${label}: ${response.status} ${response.text.slice(0, 300)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, LOOP_TIMEOUT_MS);

  it('refuses an array of 50,000 elements at its own path, before validating any element, in a small answer', async () => {
    const failures: string[] = [];
    for (const endpoint of withBodies) {
      const sample = sampleOf(endpoint.body!, document);
      for (const path of arrayPlaces(endpoint.body!, document)) {
        const element = (valueAt(sample, path) as unknown[])[0];
        const response = await send(endpoint, withValueAt(sample, path, Array.from({ length: 50_000 }, () => (typeof element === 'object' ? {} : element))));
        const answered = response.status === 400 || (response.status === 200 && endpoint.template.endsWith('/batch'));
        if (!answered || !refusedPaths(response).includes(dotted(path)) || response.text.length > 4_000) {
          failures.push(`${endpoint.method} ${endpoint.template} ${dotted(path)}: ${response.status}, ${response.text.length} bytes, ${response.text.slice(0, 300)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, LOOP_TIMEOUT_MS);

  it('refuses properties named __proto__, constructor, prototype or toString at any depth, with 400 and their path', async () => {
    const failures: string[] = [];
    for (const endpoint of withBodies) {
      const sample = sampleOf(endpoint.body!, document);
      const places = [[], ...nestedPlaces(endpoint.body!, document).map((place) => place.path)];
      for (const path of places) {
        for (const key of ['__proto__', 'constructor', 'prototype', 'toString']) {
          const target = JSON.stringify(valueAt(sample, path));
          const marked = withValueAt(sample, path, '@@here@@');
          // As JSON text: an object literal would take `__proto__` for its prototype, not a property.
          const text = JSON.stringify(marked).replace('"@@here@@"', `${target.slice(0, -1)}${target.length > 2 ? ',' : ''}"${key}":{"x":1}}`);
          const response = await send(endpoint, path.length === 0 ? `${JSON.stringify(sample).slice(0, -1)},"${key}":{"x":1}}` : text);
          const label = `${endpoint.method} ${endpoint.template} ${dotted([...path, key])}`;
          const failure = unexpected(label, response, 'validation_failed');
          if (failure) failures.push(failure);
          else if (!refusedPaths(response).includes(dotted([...path, key]))) failures.push(`${label}: ${response.text.slice(0, 300)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, LOOP_TIMEOUT_MS);

  it('answers a NUL or another control character in any string of a body or a query with 400 and its path', async () => {
    const failures: string[] = [];
    for (const endpoint of withBodies) {
      const sample = sampleOf(endpoint.body!, document);
      for (const path of stringPlaces(sample)) {
        const response = await send(endpoint, withValueAt(sample, path, `${valueAt(sample, path) as string}\u0000\u001b`));
        const label = `${endpoint.method} ${endpoint.template} ${dotted(path)}`;
        const answered = response.status === 400 || (response.status === 200 && endpoint.template.endsWith('/batch'));
        if (!answered || !refusedPaths(response).includes(dotted(path))) failures.push(`${label}: ${response.status} ${response.text.slice(0, 300)}`);
      }
    }
    for (const endpoint of endpoints(document).filter((candidate) => candidate.queryParameters.length > 0)) {
      for (const parameter of endpoint.queryParameters) {
        const response = await send(endpoint, undefined, `${pathOf(endpoint, pathValue)}?${parameter}=a%00b`);
        const failure = unexpected(`${endpoint.method} ${endpoint.template}?${parameter}`, response, 'validation_failed');
        if (failure) failures.push(failure);
      }
    }
    expect(failures).toEqual([]);
  }, LOOP_TIMEOUT_MS);

  it('answers an Idempotency-Key of 5,000 characters with 400 at every endpoint with a body, though the body itself is valid', async () => {
    const failures: string[] = [];
    for (const endpoint of withBodies) {
      const call = http().post(pathOf(endpoint, pathValue)).set('Idempotency-Key', 'k'.repeat(5_000));
      if (endpoint.role !== undefined) call.auth(await bearer(endpoint.role), { type: 'bearer' });
      const response = await call.send(sampleOf(endpoint.body!, document) as object);
      const failure = unexpected(`${endpoint.method} ${endpoint.template}`, response, 'validation_failed');
      if (failure) failures.push(failure);
      else if (!refusedPaths(response).includes('Idempotency-Key')) failures.push(`${endpoint.template}: ${response.text}`);
    }
    expect(failures).toEqual([]);
  }, LOOP_TIMEOUT_MS);

  it('answers an identifier in a path with a control character, an odd character or an absurd length with 400 invalid_request naming it', async () => {
    const failures: string[] = [];
    const withParameters = endpoints(document).filter((endpoint) => endpoint.pathParameters.length > 0);
    expect(withParameters.length).toBeGreaterThanOrEqual(20);
    for (const endpoint of withParameters) {
      const body = endpoint.body && sampleOf(endpoint.body, document);
      for (const parameter of endpoint.pathParameters) {
        for (const bad of ['a\u0000b', 'a\nb', 'a\u001fb', "a'b", 'x'.repeat(500)]) {
          const response = await send(endpoint, body, pathOf(endpoint, (name) => (name === parameter ? bad : pathValue(name))));
          const label = `${endpoint.method} ${endpoint.template} ${parameter}=${JSON.stringify(bad.slice(0, 10))}`;
          const failure = unexpected(label, response, 'invalid_request');
          if (failure) failures.push(failure);
          else if ((response.body as { details: { parameter?: string } }).details.parameter !== parameter) failures.push(`${label}: ${response.text}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, LOOP_TIMEOUT_MS);

  it('recorded no event for any of these requests', async () => {
    expect(await events()).toBe(eventsAtStart);
    // The check itself sees events: the store is the one the app writes to.
    expect(eventsAtStart).toBeGreaterThan(0);
  });

});
