import { describe, expect, it } from '@jest/globals';
import type { Recorded } from '#shared-kernel';
import type { CaseLotVolumeNoted } from '../domain/case-lot-volumes.js';
import type { ChargedConduct } from '../domain/case.js';
import type { CaseEvent } from '../domain/case.events.js';
import { authorityStatistics } from './case-statistics.aggregate.js';
import { type CaseFigures, caseStatisticsProjection } from './case-statistics.projection.js';

const CEDRO = 'Cedrela odorata';
const TORNILLO = 'Cedrelinga cateniformis';
const TARA = 'Caesalpinia spinosa';
const AUTHORITY = 'ARFFS-UCAYALI';
type Counted = CaseEvent | CaseLotVolumeNoted;

const recorded = (event: Counted, occurredAt = '2026-05-02T09:00:00-05:00') => ({ ...event, streamId: 'any', metadata: { occurredAt } }) as unknown as Recorded<Parameters<typeof caseStatisticsProjection.evolve>[1]>;

function figures(...events: Counted[]): CaseFigures {
  return events.reduce<CaseFigures | undefined>((row, event) => caseStatisticsProjection.evolve(row, recorded(event)) ?? undefined, undefined)!;
}

const line = (species: string, m3: string) => ({ species, pieces: 3, m3 });
function opened(caseId: string, at: string, checkpoint = 'UC-CFB-K160'): CaseEvent {
  const load = { declared: [line(TORNILLO, '5')], observed: [line(CEDRO, '5.125')], seized: [{ ...line(CEDRO, '5.125'), lotId: `${caseId}-SEIZED`, basis: 'species_not_declared' }] };
  return {
    type: 'CaseOpened',
    data: {
      caseId,
      authority: AUTHORITY,
      source: { kind: 'scan', scanId: `${caseId}-SCAN`, checkpoint, guideNumber: `${caseId}-GTF`, load },
      subject: { holderTaxId: '20393857413', guideNumber: `${caseId}-GTF`, plate: 'J12345', driverId: 'DNI-1' },
      lots: [`${caseId}-LOT`, `${caseId}-SEIZED`],
      findings: [{ rule: 'SPECIES_MATCH', message: 'x', at }],
    },
  };
}
const conduct = (code: string, gravity: ChargedConduct['class']): ChargedConduct => ({ code, conduct: code, legalReference: 'x', class: gravity, fineUit: { min: '1', max: '2' }, measures: [] });
const charged = (caseId: string, ...conducts: ChargedConduct[]): CaseEvent => ({
  type: 'ChargesNotified',
  data: { caseId, instructor: 'i', accusedTaxId: '20393857413', conducts, facts: 'x', notifiedAt: '2026-05-04T10:00:00-05:00', defenceDue: '2026-05-11' },
});
const held = (caseId: string, lotId: string, kind: 'immobilised' | 'confiscated', m3: string, species?: string): CaseLotVolumeNoted => ({
  type: 'CaseLotVolumeNoted',
  data: { lotId, caseId, kind, m3, ...(species === undefined ? {} : { species }), at: '2026-05-02T09:00:00-05:00' },
});

describe('the figures of a case', () => {
  it('are the Peru month of its earliest fact, its checkpoints, the species seen and seized, its gravest class charged and where it stands', () => {
    // 23:30 in Peru on 31 May is already June in UTC: the month is Peru's.
    const row = figures(opened('C1', '2026-06-01T04:30:00Z'), charged('C1', conduct('INF-2021-06', 'grave'), conduct('INF-2021-02', 'muy_grave')), { type: 'DefenceSubmitted', data: { caseId: 'C1', round: 1, submittedBy: 'x', statement: 'x', documents: [], at: 'x' } });
    expect(row).toMatchObject({ authority: AUTHORITY, month: '2026-05', checkpoints: ['UC-CFB-K160'], species: [CEDRO], class: 'muy_grave', conducts: ['INF-2021-06', 'INF-2021-02'], status: 'defence_submitted', outcome: null });
    expect(row.seized).toEqual([{ lotId: 'C1-SEIZED', species: CEDRO, m3: '5.125' }]);
    expect(JSON.stringify(row)).not.toMatch(/20393857413|J12345|DNI-1|GTF/);
  });

  it('keeps the volumes custody noted before the case was opened, each lot once, and counts nowhere until it is', () => {
    const early = figures(held('C2', 'C2-LOT', 'immobilised', '5'));
    expect(early).toMatchObject({ authority: null, immobilised: [{ lotId: 'C2-LOT', m3: '5' }] });
    const row = figures(held('C2', 'C2-LOT', 'immobilised', '5'), opened('C2', '2026-05-02T08:00:00-05:00'), held('C2', 'C2-LOT', 'immobilised', '7'), held('C2', 'C2-LOT', 'confiscated', '5', TORNILLO));
    expect(row).toMatchObject({ authority: AUTHORITY, immobilised: [{ lotId: 'C2-LOT', m3: '5' }], confiscated: [{ lotId: 'C2-LOT', m3: '5', species: TORNILLO }], species: [CEDRO, TORNILLO] });
  });
});

describe("an authority's statistics", () => {
  const first = figures(opened('C1', '2026-05-02T08:00:00-05:00'), charged('C1', conduct('INF-2021-02', 'muy_grave')), held('C1', 'C1-LOT', 'immobilised', '0.1'), held('C1', 'C1-SEIZED', 'immobilised', '5.125'));
  const second = figures(
    opened('C2', '2026-07-10T08:00:00-05:00', 'UC-CFB-K086'),
    charged('C2', conduct('INF-2021-02', 'muy_grave'), conduct('INF-2021-06', 'grave')),
    { type: 'CaseResolved', data: { caseId: 'C2', decidedBy: 'd', outcome: 'sanction', reasoning: 'x', measures: ['confiscation'], lotsConfiscated: ['C2-SEIZED'], at: 'x', reviewDue: 'x' } },
    held('C2', 'C2-LOT', 'immobilised', '0.2'),
    held('C2', 'C2-SEIZED', 'confiscated', '5.125', CEDRO),
  );
  const third = figures({ type: 'CaseOpened', data: { caseId: 'C3', authority: AUTHORITY, source: { kind: 'guide_count', permitId: 'P', planId: 'POA', guideNumber: 'G' }, subject: {}, lots: [], findings: [{ rule: 'GUIDE_COUNT', message: 'x', at: '2026-07-01T08:00:00-05:00' }] } });

  it('counts each case once by class, status and outcome, under every conduct, species and checkpoint it names, by month', () => {
    const statistics = authorityStatistics(AUTHORITY, [first, second, third]);
    expect(statistics).toMatchObject({
      authority: AUTHORITY,
      cases: 3,
      byClass: { leve: 0, grave: 0, muy_grave: 2, uncharged: 1 },
      byConduct: [
        { code: 'INF-2021-02', cases: 2 },
        { code: 'INF-2021-06', cases: 1 },
      ],
      bySpecies: [{ species: CEDRO, cases: 2, seizedM3: '10.25', confiscatedM3: '5.125', seizedKg: '0', confiscatedKg: '0' }],
      casesWithoutSpecies: 1,
      byCheckpoint: [
        { checkpoint: 'UC-CFB-K086', cases: 1 },
        { checkpoint: 'UC-CFB-K160', cases: 1 },
      ],
      byMonth: [
        { month: '2026-05', cases: 1 },
        { month: '2026-07', cases: 2 },
      ],
      byStatus: { detected: 1, charged: 1, resolved: 1, final: 0 },
      byOutcome: { sanction: 1, dismissal: 0, none: 2 },
    });
  });

  it('sums m³ exactly, as decimals: 0.1 + 5.125 + 0.2 is 5.425, not a float', () => {
    expect(authorityStatistics(AUTHORITY, [first, second, third]).volumes).toEqual({
      immobilised: { lots: 3, m3: '5.425', kg: '0' },
      seized: { lots: 2, m3: '10.25', kg: '0' },
      confiscated: { lots: 1, m3: '5.125', kg: '0' },
    });
  });

  it('keeps the kg of products traded by weight apart from the m³, by species and in the volumes', () => {
    const taraLine = { species: TARA, pieces: 40, kg: '1200.5' };
    const load = { declared: [], observed: [taraLine], seized: [{ ...taraLine, lotId: 'C4-SEIZED', basis: 'no_guide' }] };
    const opening: CaseEvent = {
      type: 'CaseOpened',
      data: { caseId: 'C4', authority: AUTHORITY, source: { kind: 'scan', scanId: 'C4-SCAN', checkpoint: 'UC-CFB-K160', guideNumber: 'C4-GTF', load }, subject: {}, lots: ['C4-SEIZED'], findings: [{ rule: 'WEIGHT_MATCH', message: 'x', at: '2026-05-03T08:00:00-05:00' }] },
    };
    const weighed: CaseLotVolumeNoted = { type: 'CaseLotVolumeNoted', data: { lotId: 'C4-SEIZED', caseId: 'C4', kind: 'confiscated', kg: '1200.5', species: TARA, at: '2026-07-01T08:00:00-05:00' } };
    const tara = figures(opening, { ...weighed, data: { ...weighed.data, kind: 'immobilised', at: '2026-05-03T08:00:00-05:00' } }, weighed);
    expect(tara).toMatchObject({ seized: [{ lotId: 'C4-SEIZED', species: TARA, kg: '1200.5' }], confiscated: [{ lotId: 'C4-SEIZED', species: TARA, kg: '1200.5' }] });
    const statistics = authorityStatistics(AUTHORITY, [first, second, tara]);
    expect(statistics.bySpecies).toContainEqual({ species: TARA, cases: 1, seizedM3: '0', confiscatedM3: '0', seizedKg: '1200.5', confiscatedKg: '1200.5' });
    expect(statistics.volumes).toEqual({
      immobilised: { lots: 4, m3: '5.425', kg: '1200.5' },
      seized: { lots: 3, m3: '10.25', kg: '1200.5' },
      confiscated: { lots: 2, m3: '5.125', kg: '1200.5' },
    });
  });

  it('is zeros for an authority with no case', () => {
    expect(authorityStatistics('OSINFOR', [])).toMatchObject({ cases: 0, byClass: { uncharged: 0 }, byConduct: [], volumes: { immobilised: { lots: 0, m3: '0', kg: '0' } } });
  });
});
