import { describe, expect, it } from '@jest/globals';
import { deciderSpec } from '#testing';
import type { CaseCommand, ResolveCase } from './case.commands.js';
import { caseDecider } from './case.decider.js';
import { InvalidCaseStep } from './case.errors.js';
import type { CaseEvent, CaseResolved } from './case.events.js';
import type { FineRequest } from './case.sanction.js';
import { FINE_ROUNDING } from './fine/fine.breakdown.js';
import { InvalidFineInput } from './fine/fine.errors.js';

const spec = deciderSpec(caseDecider);
const CASE = 'CASE-7';
const HOLDER = '20123456789';
const AT = '2026-05-25T10:00:00-05:00';

const UNDECLARED = {
  code: 'INF-2021-02',
  conduct: 'Products, volume or species not declared on the guide',
  legalReference: 'DS 007-2021-MIDAGRI, Anexo 1',
  class: 'muy_grave',
  fineUit: { min: '10', max: '5000' },
  measures: ['confiscation'],
} as const;
const MISUSED_GUIDE = {
  code: 'INF-2021-04',
  conduct: 'Misusing guides to cover products from unauthorised areas',
  legalReference: 'DS 007-2021-MIDAGRI, Anexo 1',
  class: 'grave',
  fineUit: { min: '3', max: '10' },
  measures: ['confiscation', 'disqualification'],
} as const;

const history: CaseEvent[] = [
  {
    type: 'CaseOpened',
    data: {
      caseId: CASE,
      authority: 'ARFFS-UCAYALI',
      source: { kind: 'scan', scanId: 'S-7', checkpoint: 'UC-CFB-K160', guideNumber: 'GTF-7' },
      subject: { holderTaxId: HOLDER, guideNumber: 'GTF-7' },
      lots: ['LOT-1', 'LOT-2'],
      findings: [{ rule: 'SPECIES_MATCH', message: 'cedro under a guide for tornillo', at: '2026-05-02T08:00:00-05:00' }],
    },
  },
  {
    type: 'ChargesNotified',
    data: { caseId: CASE, instructor: 'instructor-1', accusedTaxId: HOLDER, conducts: [UNDECLARED, MISUSED_GUIDE], facts: 'cedro not declared', notifiedAt: '2026-05-04T10:00:00-05:00', defenceDue: '2026-05-11' },
  },
  { type: 'InstructionReportIssued', data: { caseId: CASE, instructor: 'instructor-1', recommendation: 'sanction', reasoning: 'undeclared', at: '2026-05-12T10:00:00-05:00' } },
  { type: 'FinalReportNotified', data: { caseId: CASE, instructor: 'instructor-1', notifiedAt: '2026-05-13T10:00:00-05:00', defenceDue: '2026-05-20' } },
];

const REPEAT_OFFENCE: FineRequest = {
  conduct: 'INF-2021-02',
  species: 'Cedrela odorata',
  input: {
    volumeM3: '48.5',
    valuePerM3Soles: '800',
    avoidedCostsSoles: '1250.40',
    detectionProbability: '0.25',
    damageGravity: 'high',
    threatCategory: 'VU',
    citesAppendix: 'II',
    factsOn: '2026-05-02',
    priorFinalSanction: { reference: 'CASE-0', finalOn: '2025-11-20' },
    aggravating: [{ name: 'obstructed the inspection', percent: '15' }],
    mitigating: [{ name: 'acknowledged the facts', percent: '10' }],
    uit: { year: 2026, soles: '5500' },
  },
};

const SMALL_LOAD: FineRequest = {
  conduct: 'INF-2021-02',
  species: 'Cedrela odorata',
  input: { volumeM3: '5', valuePerM3Soles: '800', detectionProbability: '0.50', damageGravity: 'medium', threatCategory: 'VU', citesAppendix: 'II', factsOn: '2026-05-02', uit: { year: 2026, soles: '5500' } },
};

const resolve = (data: Partial<ResolveCase['data']> = {}): CaseCommand => ({
  type: 'ResolveCase',
  data: { caseId: CASE, by: 'director-1', outcome: 'sanction', reasoning: 'proven', measures: [], lotsConfiscated: [], at: AT, reviewDue: '2026-06-15', ...data },
});

function resolvedBy(command: CaseCommand): CaseResolved['data'] {
  const [event] = caseDecider.decide(command, history.reduce(caseDecider.evolve, caseDecider.initialState));
  if (event?.type !== 'CaseResolved') throw new Error(`Expected CaseResolved, got ${JSON.stringify(event)}`);
  return event.data;
}

function after(events: readonly CaseEvent[], ...commands: CaseCommand[]): CaseEvent[] {
  return commands.reduce<CaseEvent[]>((done, command) => [...done, ...caseDecider.decide(command, done.reduce(caseDecider.evolve, caseDecider.initialState))], [...events]);
}

describe('the fine of a resolution, computed from the conduct sanctioned and worked by hand', () => {
  it.each([
    {
      example: 'a repeat offence on 48.5 m³ of cedro, within the muy grave band',
      request: REPEAT_OFFENCE,
      figures: {
        timberValueSoles: '38800.00',
        illicitBenefitSoles: '40050.40',
        baseFineSoles: '160201.60',
        factors: [
          ['damage_gravity', '1.50', '240302.40'],
          ['species', '1.30', '312393.12'],
          ['recidivism', '1.50', '468589.68'],
          ['aggravating', '1.15', '538878.13'],
          ['mitigating', '0.90', '484990.32'],
        ],
        amountSoles: '484990.32',
        amountUit: '88.18',
        band: 'within',
        fineUit: '88.18',
        fineSoles: '484990.00',
      },
    },
    {
      example: 'the same facts charged as the grave conduct, lowered to its maximum',
      request: { ...REPEAT_OFFENCE, conduct: 'INF-2021-04' },
      figures: {
        timberValueSoles: '38800.00',
        illicitBenefitSoles: '40050.40',
        baseFineSoles: '160201.60',
        factors: [
          ['damage_gravity', '1.50', '240302.40'],
          ['species', '1.30', '312393.12'],
          ['recidivism', '1.50', '468589.68'],
          ['aggravating', '1.15', '538878.13'],
          ['mitigating', '0.90', '484990.32'],
        ],
        amountSoles: '484990.32',
        amountUit: '88.18',
        band: 'lowered_to_maximum',
        fineUit: '10.00',
        fineSoles: '55000.00',
      },
    },
    {
      example: '5 m³ of cedro, a first offence, raised to the muy grave minimum',
      request: SMALL_LOAD,
      figures: {
        timberValueSoles: '4000.00',
        illicitBenefitSoles: '4000.00',
        baseFineSoles: '8000.00',
        factors: [
          ['damage_gravity', '1.25', '10000.00'],
          ['species', '1.30', '13000.00'],
          ['recidivism', '1.00', '13000.00'],
        ],
        amountSoles: '13000.00',
        amountUit: '2.36',
        band: 'raised_to_minimum',
        fineUit: '10.00',
        fineSoles: '55000.00',
      },
    },
  ])('$example', ({ request, figures }) => {
    const { fineUit, fine } = resolvedBy(resolve({ fine: request }));

    expect(fineUit).toBe(figures.fineUit);
    expect({
      timberValueSoles: fine!.timberValueSoles,
      illicitBenefitSoles: fine!.illicitBenefitSoles,
      baseFineSoles: fine!.baseFineSoles,
      factors: fine!.factors.map((factor) => [factor.criterion, factor.factor, factor.amountAfterSoles]),
      amountSoles: fine!.amountSoles,
      amountUit: fine!.amountUit,
      band: fine!.band,
      fineUit: fine!.fineUit,
      fineSoles: fine!.fineSoles,
    }).toEqual(figures);
  });

  it('records every input, the band of the conduct sanctioned and the reason for each factor', () => {
    const { fine } = resolvedBy(resolve({ fine: REPEAT_OFFENCE }));

    expect(fine).toMatchObject({
      conduct: 'INF-2021-02',
      species: 'Cedrela odorata',
      input: { ...REPEAT_OFFENCE.input, band: { minUit: '10', maxUit: '5000' } },
      rounding: FINE_ROUNDING,
    });
    expect(fine!.factors.map((factor) => factor.basis)).toEqual([
      'damage gravity high',
      'threat category VU (1.20), CITES appendix II (1.30): the higher counts',
      'sanction CASE-0 became final on 2025-11-20, within the year before the facts on 2026-05-02: +50 %',
      'obstructed the inspection: +15 %',
      'acknowledged the facts: −10 %',
    ]);
  });

  it('refuses a fine for a conduct not charged, and inputs no fine can be computed from', () => {
    spec.given(history).when(resolve({ fine: { ...SMALL_LOAD, conduct: 'INF-2021-01' } })).then(new InvalidCaseStep(CASE, 'fine.conduct', 'INF-2021-01 is not among the conducts charged (INF-2021-02, INF-2021-04)'));
    spec.given(history).when(resolve({ fine: { ...SMALL_LOAD, input: { ...SMALL_LOAD.input, detectionProbability: '0' } } })).then(new InvalidFineInput('detectionProbability', 'must be above 0 and at most 1', '0'));
  });

  it('refuses a fine on a dismissal', () => {
    spec.given(history).when(resolve({ outcome: 'dismissal', fine: SMALL_LOAD })).then(new InvalidCaseStep(CASE, 'fine', 'and measures must be absent for a dismissal'));
  });
});

describe('the lots a resolution confiscates', () => {
  it('names at least one lot of the case with confiscation', () => {
    expect(resolvedBy(resolve({ measures: ['confiscation'], lotsConfiscated: ['LOT-2'] })).lotsConfiscated).toEqual(['LOT-2']);
    spec.given(history).when(resolve({ measures: ['confiscation'] })).then(new InvalidCaseStep(CASE, 'lotsConfiscated', 'must name at least one lot of the case when confiscation is among the measures'));
    spec.given(history).when(resolve({ measures: ['confiscation'], lotsConfiscated: ['LOT-1', 'LOT-9'] })).then(new InvalidCaseStep(CASE, 'lotsConfiscated', 'LOT-9 not among the lots of the case (LOT-1, LOT-2)'));
    spec.given(history).when(resolve({ measures: ['confiscation'], lotsConfiscated: ['LOT-1', 'LOT-1'] })).then(new InvalidCaseStep(CASE, 'lotsConfiscated', 'names a lot more than once'));
  });

  it('names none without confiscation', () => {
    spec.given(history).when(resolve({ fine: SMALL_LOAD, lotsConfiscated: ['LOT-1'] })).then(new InvalidCaseStep(CASE, 'lotsConfiscated', 'must be empty unless confiscation is among the measures'));
  });
});

describe('the period of a disqualification', () => {
  it('is given exactly when disqualification is among the measures, from a day not after its last', () => {
    const period = { from: '2026-06-01', until: '2026-06-01' };
    expect(resolvedBy(resolve({ measures: ['disqualification'], disqualification: period })).disqualification).toEqual(period);
    spec.given(history).when(resolve({ measures: ['disqualification'] })).then(new InvalidCaseStep(CASE, 'disqualification', 'must give its period when disqualification is among the measures'));
    spec.given(history).when(resolve({ fine: SMALL_LOAD, disqualification: period })).then(new InvalidCaseStep(CASE, 'disqualification', 'must be absent unless disqualification is among the measures'));
    spec.given(history).when(resolve({ measures: ['disqualification'], disqualification: { from: '2026-06-02', until: '2026-06-01' } })).then(new InvalidCaseStep(CASE, 'disqualification.until', '2026-06-01 is before disqualification.from 2026-06-02'));
    spec.given(history).when(resolve({ measures: ['disqualification'], disqualification: { from: '2026-02-30', until: '2026-06-01' } })).then(new InvalidCaseStep(CASE, 'disqualification.from', 'must be a calendar date written YYYY-MM-DD, got "2026-02-30"'));
  });
});

describe('a resolution that becomes final', () => {
  const sanction = resolve({ fine: REPEAT_OFFENCE, measures: ['confiscation', 'disqualification'], lotsConfiscated: ['LOT-1'], disqualification: { from: '2026-07-01', until: '2027-06-30' } });
  const resolved = after(history, sanction);
  const appealed = after(resolved, { type: 'RequestReview', data: { caseId: CASE, by: HOLDER, kind: 'appeal', grounds: 'misidentified', at: '2026-06-01T10:00:00-05:00', reviewingBody: 'ARFFS-UCAYALI' } });
  const decide = (upheld: boolean): CaseCommand => ({ type: 'DecideReview', data: { caseId: CASE, by: 'tribunal-1', body: 'ARFFS-UCAYALI', upheld, reasoning: 'reviewed', at: '2026-06-20T10:00:00-05:00' } });

  it('keeps the fine, its breakdown, the lots confiscated and the disqualification in the case', () => {
    const state = resolved.reduce(caseDecider.evolve, caseDecider.initialState);

    expect(state?.resolution).toEqual({
      decidedBy: 'director-1',
      outcome: 'sanction',
      measures: ['confiscation', 'disqualification'],
      fineUit: '88.18',
      fine: resolvedBy(sanction).fine,
      lotsConfiscated: ['LOT-1'],
      disqualification: { from: '2026-07-01', until: '2027-06-30' },
      reviewDue: '2026-06-15',
    });
  });

  it('tells whom, every lot of the case, the lots confiscated and the disqualification, as resolved', () => {
    spec.given(resolved).when({ type: 'DeclareFinal', data: { caseId: CASE, at: '2026-06-16T08:00:00-05:00' } }).then([
      {
        type: 'CaseBecameFinal',
        data: {
          caseId: CASE,
          accusedTaxId: HOLDER,
          outcome: 'sanction',
          measures: ['confiscation', 'disqualification'],
          fineUit: '88.18',
          lots: ['LOT-1', 'LOT-2'],
          lotsConfiscated: ['LOT-1'],
          disqualification: { from: '2026-07-01', until: '2027-06-30' },
          at: '2026-06-16T08:00:00-05:00',
        },
      },
    ]);
    spec.given(appealed).when(decide(true)).then([
      { type: 'ReviewDecided', data: { caseId: CASE, kind: 'appeal', decidedBy: 'tribunal-1', body: 'ARFFS-UCAYALI', upheld: true, reasoning: 'reviewed', at: '2026-06-20T10:00:00-05:00', outcome: 'sanction' } },
      {
        type: 'CaseBecameFinal',
        data: {
          caseId: CASE,
          accusedTaxId: HOLDER,
          outcome: 'sanction',
          measures: ['confiscation', 'disqualification'],
          fineUit: '88.18',
          lots: ['LOT-1', 'LOT-2'],
          lotsConfiscated: ['LOT-1'],
          disqualification: { from: '2026-07-01', until: '2027-06-30' },
          at: '2026-06-20T10:00:00-05:00',
        },
      },
    ]);
  });

  it('after an appeal that overturns the sanction: a dismissal, nothing confiscated, no disqualification, no fine', () => {
    spec.given(appealed).when(decide(false)).then([
      { type: 'ReviewDecided', data: { caseId: CASE, kind: 'appeal', decidedBy: 'tribunal-1', body: 'ARFFS-UCAYALI', upheld: false, reasoning: 'reviewed', at: '2026-06-20T10:00:00-05:00', outcome: 'dismissal' } },
      { type: 'CaseBecameFinal', data: { caseId: CASE, accusedTaxId: HOLDER, outcome: 'dismissal', measures: [], lots: ['LOT-1', 'LOT-2'], lotsConfiscated: [], at: '2026-06-20T10:00:00-05:00' } },
    ]);
    const state = after(appealed, decide(false)).reduce(caseDecider.evolve, caseDecider.initialState);
    expect(state?.resolution).toEqual({ decidedBy: 'director-1', outcome: 'dismissal', measures: [], lotsConfiscated: [], reviewDue: '2026-06-15' });
  });
});
