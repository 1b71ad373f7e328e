import { describe, expect, it } from '@jest/globals';
import type { AuthenticatedActor } from '#auth';
import { RequestValidationFailed } from '#http';
import type { CaseSource } from '../domain/case.js';
import type { InfractionCase } from '../domain/case.state.js';
import type { ResolutionDto } from './case-step.dtos.js';
import { CASE_STEPS, type StepContext } from './case-steps.js';
import type { FineFacts } from './fine-facts.js';

const TARA = 'Caesalpinia spinosa';
const CEDRO = 'Cedrela odorata';
const conduct = { code: 'INF-2021-02', conduct: 'x', legalReference: 'x', class: 'muy_grave' as const, fineUit: { min: '10', max: '5000' }, measures: [] };
const scan = (lot: object): CaseSource => ({ kind: 'scan', scanId: 'S-1', checkpoint: 'UC-CFB-K160', guideNumber: 'GTF-1', load: { declared: [], observed: [], seized: [lot as never] } });
const caseSeizing = (lot: object) => ({ caseId: 'CASE-1', status: 'final_report_notified', charges: { accusedTaxId: '20393857413', conducts: [conduct] }, sources: [scan(lot)] }) as unknown as InfractionCase;

const factsOf = (tradedBy: FineFacts['tradedBy']): FineFacts => ({
  factsOn: '2026-05-02',
  tradedBy,
  valuePerM3Soles: tradedBy === 'weight' ? '0' : '800',
  threatCategory: 'none',
  uit: { year: 2026, soles: '5500' },
});

async function fineOf(found: InfractionCase, fine: ResolutionDto['fine'], tradedBy: FineFacts['tradedBy']) {
  const context = {
    found,
    actor: { id: 'director' } as AuthenticatedActor,
    body: { outcome: 'sanction', reasoning: 'x', fine } as ResolutionDto,
    at: '2026-12-31T10:00:00-05:00',
    dueAfter: async () => '2027-01-21',
    conducts: async () => [],
    fineFacts: async () => factsOf(tradedBy),
    uitOf: async () => ({ year: 2026, soles: '5500' }),
  } satisfies StepContext<ResolutionDto>;
  const command = await CASE_STEPS.resolution.command(context);
  return command.type === 'ResolveCase' ? command.data.fine : undefined;
}

const graduation = { detectionProbability: '0.50', damageGravity: 'medium' as const };
const fieldsOf = (promise: Promise<unknown>) => promise.then(
  () => undefined,
  (error: unknown) => (error instanceof RequestValidationFailed ? (error.details as { fields: { path: string }[] }).fields.map((field) => field.path) : error),
);

describe('the fine of a case about a product traded by weight', () => {
  const taraSeized = caseSeizing({ lotId: 'LOT-T', species: TARA, pieces: 40, kg: '1200', basis: 'no_guide' });

  it('reckons no timber value from kg: 0 m³, the benefit being the costs avoided', async () => {
    expect(await fineOf(taraSeized, { ...graduation, avoidedCostsSoles: '3000' }, 'weight')).toMatchObject({
      conduct: 'INF-2021-02',
      species: TARA,
      input: { volumeM3: '0', valuePerM3Soles: '0', avoidedCostsSoles: '3000' },
    });
  });

  it('refuses m³ for it, and a fine without the costs avoided', async () => {
    expect(await fieldsOf(fineOf(taraSeized, { ...graduation, volumeM3: '1200', avoidedCostsSoles: '3000' }, 'weight'))).toEqual(['fine.volumeM3']);
    expect(await fieldsOf(fineOf(taraSeized, graduation, 'weight'))).toEqual(['fine.avoidedCostsSoles']);
  });

  it('leaves timber as it was: the m³ seized by default, valued per m³', async () => {
    const cedroSeized = caseSeizing({ lotId: 'LOT-C', species: CEDRO, pieces: 3, m3: '5', basis: 'species_not_declared' });
    expect(await fineOf(cedroSeized, graduation, 'volume')).toMatchObject({ species: CEDRO, input: { volumeM3: '5', valuePerM3Soles: '800' } });
    expect((await fineOf(cedroSeized, graduation, 'volume'))?.input).not.toHaveProperty('tradedBy');
  });
});
