import { expect } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import request, { type Response } from 'supertest';
import { MESSAGE_BUS, type MessageBus } from '#messaging';
import { eventually } from '#testing';
import { tokenCommand } from '../../apps/standalone/src/token/token-command.js';
import { GuideLotsProcess } from '../../libs/custody/src/guide-lots/guide-lots.process.js';
import {
  type Load,
  checkpoint,
  declared,
  extractionBody,
  fresh,
  freshPlate,
  guideBody,
  type GuideTerms,
  HOLDS,
  minutesAfter,
  type Observed,
  operatorAt,
  permitBody,
  planBody,
  processorAt,
  REGULATOR,
  sawmillBody,
  scanBody,
  type Who,
} from './road-to-pucallpa.js';
import { suiteApp } from '../standalone/suite-app.js';

type Json = Record<string, unknown>;

const SERFOR: Who = ['regulator', 'SERFOR'];

/** The API's JSON answer, read field by field in the specs. */
export type Body = Response['body'];

export interface PlannedPermit {
  readonly permitId: string;
  readonly planId: string;
}

/** The chain of custody as its actors reach it over HTTP, each step checked for the status it must answer. */
export class Journey {
  private readonly tokens = new Map<string, Promise<string>>();

  /** `app` is the app in this process, the base URL of one in another process, or which URL serves a path (a service per context). */
  constructor(
    private readonly app: () => INestApplication | string | ((path: string) => string),
    private readonly dataDir: () => string,
  ) {}

  private http(path: string) {
    const app = this.app();
    if (typeof app === 'function') return request(app(path));
    return request(typeof app === 'string' ? app : app.getHttpServer());
  }

  async post(who: Who, path: string, body: object, status: number, idempotencyKey?: string): Promise<Response> {
    const call = this.http(path).post(path).auth(await this.token(who), { type: 'bearer' });
    return expectStatus(`POST ${path}`, await (idempotencyKey === undefined ? call : call.set('Idempotency-Key', idempotencyKey)).send(body), status);
  }

  /** A POST that may answer any of `statuses`: for races whose winner the test does not choose. */
  async postAnswer(who: Who, path: string, body: object, statuses: readonly number[]): Promise<Response> {
    const answer = await this.http(path).post(path).auth(await this.token(who), { type: 'bearer' }).send(body);
    if (!statuses.includes(answer.status)) throw new Error(`POST ${path} answered ${answer.status}, expected one of ${statuses.join(', ')}: ${answer.text.slice(0, 2000)}`);
    return answer;
  }

  async get(who: Who, path: string, status = 200): Promise<Response> {
    const answer = await this.http(path).get(path).auth(await this.token(who), { type: 'bearer' });
    return expectStatus(`GET ${path}`, answer, status);
  }

  /** A GET without a token, as the public calls. */
  async getPublic(path: string, status = 200): Promise<Response> {
    return expectStatus(`GET ${path}`, await this.http(path).get(path), status);
  }

  async postPublic(path: string, body: object, status: number): Promise<Response> {
    return expectStatus(`POST ${path}`, await this.http(path).post(path).send(body), status);
  }

  /** A sawmill in Pucallpa, authorised by the regional authority; custody learns of it from processing's events. */
  async sawmill(): Promise<string> {
    const facilityId = fresh('CTP-PUC');
    await this.post(REGULATOR, '/processors', sawmillBody(facilityId), 201);
    return facilityId;
  }

  /** A concession near Aguaytía with an approved plan authorising each species its m³. */
  async plannedPermit(species: readonly (readonly [name: string, authorisedM3: number])[]): Promise<PlannedPermit> {
    const permitId = fresh('25-UCA/C-J');
    await this.post(REGULATOR, '/permits', permitBody(permitId), 201);
    await this.post(REGULATOR, `${permitPath(permitId)}/plans`, planBody('POA-01', species), 201);
    return { permitId, planId: 'POA-01' };
  }

  /** Records the extraction and waits for custody to start the lot from harvest's `LotExtracted`. */
  async extracted(permit: PlannedPermit, species: string, volumeM3: number, pieces: number, lotId = fresh('LOT')): Promise<Load> {
    await this.post(HOLDS, `${permitPath(permit.permitId)}/extractions`, extractionBody(permit.planId, lotId, species, volumeM3, pieces), 201);
    await eventually(() => this.get(HOLDS, `/lots/${lotId}`));
    return { lotId, species, volumeM3, pieces };
  }

  /** Issues a guide for the loads, departed `issuedAt` on the truck `plate`, to the sawmill past every checkpoint of the road, valid `validHours`. */
  async guide(permit: PlannedPermit, facilityId: string, loads: readonly Load[], issuedAt: string, plate = freshPlate(), validHours = 48): Promise<GuideTerms> {
    const terms: GuideTerms = { number: fresh('GTF'), ...permit, facilityId, loads, plate, issuedAt, validHours };
    await this.post(HOLDS, '/guides', guideBody(terms), 201);
    return terms;
  }

  /** The checkpoint's operator scans the truck when it passes there (its usual time unless `observedAt` is given). */
  async scan(guide: GuideTerms, code: string, options: { observed?: readonly Observed[]; observedAt?: string; changes?: Json } = {}): Promise<Body> {
    const observedAt = options.observedAt ?? minutesAfter(guide.issuedAt, checkpoint(code).passedAfter);
    const body = scanBody(guide, code, observedAt, options.observed ?? declared(guide.loads), options.changes);
    return (await this.post(operatorAt(code), `/checkpoints/${code}/scans`, body, 201)).body;
  }

  /** The sawmill takes delivery, and waits for processing to hold every lot in its inventory. */
  async deliver(guide: GuideTerms): Promise<Body> {
    const { body } = await this.post(processorAt(guide.facilityId), `/guides/${guide.number}/delivery`, {}, 200);
    await eventually(async () => {
      const { body: view } = await this.get(processorAt(guide.facilityId), `/processors/${guide.facilityId}`);
      expect((view.inventory as { lotId: string }[]).map((lot) => lot.lotId)).toEqual(expect.arrayContaining(guide.loads.map((load) => load.lotId)));
    });
    return body;
  }

  /** Once every consumer of the app has handled every fact recorded so far. */
  settled(): Promise<void> {
    return (this.app() as INestApplication).get<MessageBus>(MESSAGE_BUS).caughtUp();
  }

  /** Once every scan recorded so far has reached the lots it saw. */
  scansReachedLots(): Promise<void> {
    return this.guideLotsProcess().caughtUp();
  }

  /** Stops the process that carries guides' facts to their lots, as if it lagged, until `resumeGuideLots`. */
  pauseGuideLots(): Promise<void> {
    return this.guideLotsProcess().beforeApplicationShutdown();
  }

  resumeGuideLots(): void {
    this.guideLotsProcess().onApplicationBootstrap();
  }

  private guideLotsProcess(): GuideLotsProcess {
    return (this.app() as INestApplication).get(GuideLotsProcess);
  }

  /** A fine resolved today converts at this year's UIT: once the shipped catalogue ends, SERFOR publishes it, as it does when MEF fixes it. */
  async uitOfThisYear(): Promise<void> {
    const year = new Date(Date.now() - 5 * 3_600_000).getUTCFullYear();
    const { body } = await this.get(SERFOR, '/reference/uit');
    const entries = body.entries as { year: number; soles: number; source: string }[];
    if (entries.some((entry) => entry.year === year)) return;
    const uit = { year, soles: entries.at(-1)!.soles, source: 'the year’s decree, as the suite assumes it' };
    await this.post(SERFOR, '/reference/uit/versions', { version: body.version + 1, effectiveFrom: `${year}-01-01`, note: `UIT ${year}`, entries: [...entries, uit] }, 201);
  }

  async lot(lotId: string, who: Who = REGULATOR): Promise<Body> {
    return (await this.get(who, `/lots/${lotId}`)).body;
  }

  /** The lot's history as [event type, actor role, actor organisation], once it satisfies `expectation`. */
  async lotSteps(lotId: string, expectation: (steps: string[][]) => void): Promise<string[][]> {
    return eventually(async () => {
      const { history } = await this.lot(lotId);
      const steps = (history as { type: string; actor: { role: string; organisation: string } }[]).map(({ type, actor }) => [type, actor.role, actor.organisation]);
      expectation(steps);
      return steps;
    });
  }

  private token([role, organisation, subject = `${role}-of-${organisation}`]: Who): Promise<string> {
    const key = `${role}/${organisation}/${subject}`;
    if (!this.tokens.has(key)) this.tokens.set(key, tokenCommand(['--role', role, '--org', organisation, '--sub', subject], { DATA_DIR: this.dataDir() }));
    return this.tokens.get(key)!;
  }
}

export const permitPath = (permitId: string) => `/permits/${encodeURIComponent(permitId)}`;

function expectStatus(call: string, answer: Response, status: number): Response {
  if (answer.status !== status) throw new Error(`${call} answered ${answer.status}, expected ${status}: ${answer.text.slice(0, 2000)}`);
  return answer;
}

/**
 * One standalone app for the suite (the embedded store takes 10–20 s to start), on the embedded store, or on
 * a real Postgres in schemas of its own when given the server's URL.
 */
export function journeyApp(postgresUrl?: string): Journey {
  const suite = suiteApp(postgresUrl);
  return new Journey(suite.app, suite.dataDir);
}
