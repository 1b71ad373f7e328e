import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '#event-store';
import { tokenCommand } from '../../libs/auth/src/cli/token-command.js';
import { type Endpoint, endpoints, type OpenApiDocument, pathOf, sampleOf } from './malformed-requests.js';
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
};

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
  });

  it('recorded no event for any of these requests', async () => {
    expect(await events()).toBe(eventsAtStart);
    // The check itself sees events: the store is the one the app writes to.
    expect(eventsAtStart).toBeGreaterThan(0);
  });

});
