import { describe, expect, it } from '@jest/globals';
import type { InfractionCase } from '../domain/case.state.js';
import { closing, lotsAdded, opened } from './sanctions.publication.js';

const AT = '2026-11-02T15:00:00.000Z';
const found: InfractionCase = {
  caseId: 'CASE-1',
  authority: 'ARFFS-UCAYALI',
  status: 'final',
  sources: [{ kind: 'scan', scanId: 'S-1', checkpoint: 'UC-CFB-K160', guideNumber: 'GTF-1' }],
  subject: { guideNumber: 'GTF-1', holderTaxId: '20123456789', plate: 'ABC-123', driverId: '44556677' },
  lots: ['LOT-DECLARED', 'LOT-SEIZED'],
  findings: [],
  defences: 1,
};

describe('what sanctions publishes', () => {
  it('announces an opened case with what it stands against, none of the people named', () => {
    const [event] = opened({ caseId: 'CASE-1', authority: 'ARFFS-UCAYALI', source: found.sources[0]!, subject: found.subject, lots: found.lots, findings: [] }, AT);
    expect(event).toEqual({
      type: 'CaseOpened',
      version: 1,
      data: { caseId: 'CASE-1', authority: 'ARFFS-UCAYALI', source: 'scan', lots: ['LOT-DECLARED', 'LOT-SEIZED'], guideNumber: 'GTF-1', holderTaxId: '20123456789', at: AT },
    });
  });

  it('announces the lots a later flag names with the case’s authority, and nothing for a flag without lots', () => {
    expect(lotsAdded(found, ['LOT-OTHER'], AT)).toEqual([{ type: 'CaseLotsAdded', version: 1, data: { caseId: 'CASE-1', authority: 'ARFFS-UCAYALI', lots: ['LOT-OTHER'], at: AT } }]);
    expect(lotsAdded(found, [], AT)).toEqual([]);
  });

  it('closes a sanction confiscating exactly the lots it names and releasing the rest, and announces its disqualification', () => {
    const final = {
      caseId: 'CASE-1',
      accusedTaxId: '20123456789',
      outcome: 'sanction' as const,
      measures: ['confiscation', 'disqualification'],
      fineUit: '12.50',
      lots: found.lots,
      lotsConfiscated: ['LOT-SEIZED'],
      disqualification: { from: '2026-11-03', until: '2027-11-02' },
      at: AT,
    };
    expect(closing(final, found)).toEqual([
      {
        type: 'CaseClosed',
        version: 1,
        data: {
          caseId: 'CASE-1',
          authority: 'ARFFS-UCAYALI',
          outcome: 'sanction',
          measures: ['confiscation', 'disqualification'],
          fineUit: '12.50',
          accusedTaxId: '20123456789',
          guideNumber: 'GTF-1',
          lotsConfiscated: ['LOT-SEIZED'],
          lotsReleased: ['LOT-DECLARED'],
          at: AT,
        },
      },
      { type: 'PartyDisqualified', version: 1, data: { caseId: 'CASE-1', authority: 'ARFFS-UCAYALI', taxId: '20123456789', from: '2026-11-03', until: '2027-11-02', at: AT } },
    ]);
  });

  it('closes a dismissal releasing every lot', () => {
    const final = { caseId: 'CASE-1', accusedTaxId: '20123456789', outcome: 'dismissal' as const, measures: [], lots: found.lots, lotsConfiscated: [], at: AT };
    expect(closing(final, found)).toEqual([expect.objectContaining({ type: 'CaseClosed', data: expect.objectContaining({ outcome: 'dismissal', lotsConfiscated: [], lotsReleased: ['LOT-DECLARED', 'LOT-SEIZED'] }) })]);
  });
});
