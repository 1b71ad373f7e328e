import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { rectangle } from '#shared-kernel';
import { tokenCommand } from '../../apps/standalone/src/token/token-command.js';

// Requests and actors the harvest e2e suites share: a concession of ARFFS-UCAYALI in Ucayali and its plan POA-6.

export const HOLDER = '20123456789';
export const OTHER_HOLDER = '20999999999';
export const CEDRO = 'Cedrela odorata';
export const TORNILLO = 'Cedrelinga cateniformis';
/** Tara pods: a product the catalogue says is traded by weight. */
export const TARA = 'Caesalpinia spinosa';
export const PLOT = { type: 'Point', coordinates: [-74.553889, -8.379167] };

export const PERMIT_AREA = rectangle(-74.7, -8.5, -74.4, -8.3);
export const HARVEST_AREA = rectangle(-74.58, -8.42, -74.52, -8.36);

export const permitBody = (permitId: string, changes: Record<string, unknown> = {}) => ({
  permitId,
  kind: 'concession',
  holderTaxId: HOLDER,
  authority: 'ARFFS-UCAYALI',
  resolutionNumber: 'RD-0123-2022-GRU-GGR-GERFOR',
  area: PERMIT_AREA,
  validity: { from: '2022-03-01', to: '2062-02-28' },
  ...changes,
});

export const planBody = (planId = 'POA-6', changes: Record<string, unknown> = {}) => ({
  planId,
  validity: { from: '2026-01-01', to: '2026-12-31' },
  harvestAreas: [HARVEST_AREA],
  species: [
    { species: CEDRO, authorised: { value: 100, unit: 'm3' }, minimumCuttingDiameterCm: 65 },
    { species: TORNILLO, authorised: { value: 400, unit: 'm3' } },
  ],
  ...changes,
});

export const extractionBody = (changes: Record<string, unknown> = {}) => ({
  planId: 'POA-6',
  species: CEDRO,
  volume: { value: 12.5, unit: 'm3' },
  pieces: 8,
  harvestDate: '2026-04-20',
  geolocation: PLOT,
  ...changes,
});

export const pathOf = (permitId: string) => `/permits/${encodeURIComponent(permitId)}`;
export const fieldPaths = (body: { details: { fields: { path: string }[] } }) => body.details.fields.map((field) => field.path);

export const SERFOR = ['regulator', 'SERFOR'] as const;
export const OSINFOR = ['regulator', 'OSINFOR'] as const;
export const UCAYALI = ['regulator', 'ARFFS-UCAYALI'] as const;
export const LORETO = ['regulator', 'ARFFS-LORETO'] as const;
export const HOLDS = ['permit_holder', HOLDER] as const;
export const OTHER_HOLDS = ['permit_holder', OTHER_HOLDER] as const;
export const PROCESSOR = ['processor', 'CTP-PUCALLPA-7'] as const;
export const OPERATOR = ['checkpoint_operator', 'CP-PUCALLPA-01'] as const;
const ACTORS = [SERFOR, OSINFOR, UCAYALI, LORETO, HOLDS, OTHER_HOLDS, PROCESSOR, OPERATOR];

type Who = readonly [role: string, organisation: string];

/** One app's HTTP surface as each actor reaches it, with tokens signed for that app's data folder. */
export function client(app: () => INestApplication) {
  const tokens = new Map<string, string>();
  const bearer = ([role, org]: Who) => tokens.get(`${role}/${org}`)!;
  const http = () => request(app().getHttpServer());
  return {
    http,
    /** Signs every actor's token; call once the data folder exists. */
    async signTokens(dataDir: string): Promise<void> {
      for (const [role, org] of ACTORS) tokens.set(`${role}/${org}`, await tokenCommand(['--role', role, '--org', org, '--sub', `${role}-of-${org}`], { DATA_DIR: dataDir }));
    },
    post(path: string, who: Who, body: object, idempotencyKey?: string) {
      const call = http().post(path).auth(bearer(who), { type: 'bearer' });
      return (idempotencyKey === undefined ? call : call.set('Idempotency-Key', idempotencyKey)).send(body);
    },
    /** Sends JSON text as written, where a plain object would lose what `JSON.stringify` drops (trailing zeros). */
    postText: (path: string, who: Who, json: string) => http().post(path).auth(bearer(who), { type: 'bearer' }).set('Content-Type', 'application/json').send(json),
    get: (path: string, who: Who) => http().get(path).auth(bearer(who), { type: 'bearer' }),
  };
}
