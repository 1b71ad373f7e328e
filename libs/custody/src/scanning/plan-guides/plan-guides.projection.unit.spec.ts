import { describe, expect, it } from '@jest/globals';
import { guide, NUMBER, recorded } from '../scanning.fixtures.spec.js';
import { movedByOtherGuides, movedKey, planGuideMoves, planGuidesProjection, type PlanGuideRow } from './plan-guides.projection.js';

const TARA = 'Caesalpinia spinosa';

const issued = recorded({ type: 'GuideIssued', data: guide });

describe('the plan guides projection', () => {
  it('keeps each guide from a permit with its plan and m³ per species, lines of one name summed whatever their unit', () => {
    expect(planGuidesProjection.keys(issued)).toEqual([NUMBER]);
    expect(planGuidesProjection.evolve(undefined, issued)).toEqual({
      number: NUMBER,
      permitId: '25-UCA/C-J-001-02',
      planId: 'POA-6',
      issuedAt: '2026-05-02T06:00:00-05:00',
      species: [
        { name: 'Cedrelinga cateniformis', m3: 25.0004 },
        { name: 'Calycophyllum spruceanum', m3: 8 },
      ],
    });
  });

  it('keeps a line traded by weight in kg, beside the m³ of timber and never added to them', () => {
    const tara = { lotId: 'LOT-0009', scientificName: TARA, commonName: 'tara', productType: 'non_timber' as const, volume: { value: 1200, unit: 'kg' as const }, pieces: 40 };
    const withTara = recorded({ type: 'GuideIssued', data: { ...guide, lines: [...guide.lines, tara, { ...tara, lotId: 'LOT-0010', volume: { value: 300.5, unit: 'kg' as const } }] } });
    expect(planGuidesProjection.evolve(undefined, withTara)?.species).toEqual([
      { name: 'Cedrelinga cateniformis', m3: 25.0004 },
      { name: 'Calycophyllum spruceanum', m3: 8 },
      { name: TARA, kg: 1500.5 },
    ]);
  });

  it('counts a line that names only the genus under its lot’s species', () => {
    const [first, ...rest] = guide.lines;
    const genusLevel = recorded({ type: 'GuideIssued', data: { ...guide, lines: [{ ...first!, scientificName: 'Cedrelinga', lotSpecies: 'Cedrelinga cateniformis' }, ...rest] } });
    expect(planGuidesProjection.evolve(undefined, genusLevel)?.species).toEqual(planGuidesProjection.evolve(undefined, issued)?.species);
  });

  it('marks an annulled guide, and leaves out guides from processors and streams not a guide’s', () => {
    const row = planGuidesProjection.evolve(undefined, issued)!;
    const annulled = recorded({ type: 'GuideAnnulled', data: { number: NUMBER, reason: 'wrong lots', at: '2026-05-02T09:00:00-05:00' } });
    expect(planGuidesProjection.evolve(row, annulled)).toEqual({ ...row, annulledAt: '2026-05-02T09:00:00-05:00' });
    const fromProcessor = recorded({ type: 'GuideIssued', data: { ...guide, origin: { kind: 'processor', processorId: 'CTP-1', position: [-74.5, -8.3] } } });
    expect(planGuidesProjection.evolve(undefined, fromProcessor)).toBeNull();
    expect(planGuidesProjection.keys({ ...issued, streamId: 'register-permit-P-1' })).toEqual([]);
  });
});

describe('movedByOtherGuides', () => {
  const row = (number: string, issuedAt: string, m3: number, annulledAt?: string): PlanGuideRow => ({
    number,
    permitId: 'P-1',
    planId: 'POA-6',
    issuedAt,
    ...(annulledAt === undefined ? {} : { annulledAt }),
    species: [{ name: 'Cedrelinga cateniformis', m3 }],
  });

  it('sums the other guides issued by the observation and not annulled by then, per species', () => {
    const rows = [
      row('G-1', '2026-05-01T06:00:00-05:00', 20),
      row('G-2', '2026-05-01T08:00:00-05:00', 5.5, '2026-05-03T00:00:00-05:00'),
      row('G-3', '2026-05-01T08:00:00-05:00', 7, '2026-05-01T09:00:00-05:00'),
      row('G-4', '2026-05-02T08:00:00-05:00', 9),
      row('G-SELF', '2026-05-01T05:00:00-05:00', 100),
    ];
    expect(movedByOtherGuides(planGuideMoves(rows), 'G-SELF', '2026-05-02T07:00:00-05:00')).toEqual(new Map([[movedKey('Cedrelinga cateniformis', 'volume'), 25.5]]));
  });

  it('sums kg apart from m³, each under its measure', () => {
    const rows: PlanGuideRow[] = [
      { ...row('G-1', '2026-05-01T06:00:00-05:00', 20), species: [{ name: TARA, kg: 1200 }] },
      { ...row('G-2', '2026-05-01T07:00:00-05:00', 3), species: [{ name: TARA, kg: 800 }, { name: 'Cedrelinga cateniformis', m3: 3 }] },
    ];
    expect(movedByOtherGuides(planGuideMoves(rows), 'G-SELF', '2026-05-02T07:00:00-05:00')).toEqual(
      new Map([
        [movedKey(TARA, 'weight'), 2000],
        [movedKey('Cedrelinga cateniformis', 'volume'), 3],
      ]),
    );
  });
});
