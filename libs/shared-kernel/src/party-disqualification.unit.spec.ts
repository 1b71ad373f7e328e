import { describe, expect, it } from '@jest/globals';
import { DomainError } from './errors.js';
import { assertNotDisqualified, type Disqualification, disqualificationOn, partyDisqualificationDecider, peruDateOf } from './party-disqualification.js';

const BARRED: Disqualification = { caseId: 'case-1', authority: 'ARFFS-UCAYALI', taxId: '20393857413', from: '2026-03-01', until: '2026-08-31' };

describe('party disqualification', () => {
  it('runs from its first to its last day, both included, and not outside them', () => {
    expect(disqualificationOn([BARRED], '2026-03-01')).toEqual(BARRED);
    expect(disqualificationOn([BARRED], '2026-08-31')).toEqual(BARRED);
    expect(disqualificationOn([BARRED], '2026-02-28')).toBeUndefined();
    expect(disqualificationOn([BARRED], '2026-09-01')).toBeUndefined();
  });

  it('finds whichever of several periods runs on the day', () => {
    const later = { ...BARRED, caseId: 'case-2', from: '2027-01-01', until: '2027-12-31' };
    expect(disqualificationOn([BARRED, later], '2027-06-15')).toEqual(later);
  });

  it('refuses on a day it runs with a conflict naming the case, the authority and the last day', () => {
    expect(() => assertNotDisqualified([BARRED], '2026-09-01')).not.toThrow();
    let refusal: unknown;
    try {
      assertNotDisqualified([BARRED], '2026-05-10');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ kind: 'conflict', code: 'party_disqualified', details: { caseId: 'case-1', authority: 'ARFFS-UCAYALI', until: '2026-08-31', taxId: BARRED.taxId } });
    expect((refusal as Error).message).toContain('case-1');
    expect((refusal as Error).message).toContain('ARFFS-UCAYALI');
    expect((refusal as Error).message).toContain('2026-08-31');
  });

  it('takes the day in Peru, five hours behind UTC', () => {
    expect(peruDateOf('2026-09-01T04:59:00Z')).toBe('2026-08-31');
    expect(peruDateOf('2026-09-01T05:00:00Z')).toBe('2026-09-01');
  });

  it("notes each case's disqualification once", () => {
    const { decide, evolve, initialState } = partyDisqualificationDecider;
    const command = { type: 'NoteDisqualification' as const, data: BARRED };
    const events = decide(command, initialState);
    expect(events).toEqual([{ type: 'PartyDisqualificationNoted', data: BARRED }]);
    const noted = events.reduce(evolve, initialState);
    expect(decide(command, noted)).toEqual([]);
    expect(decide({ ...command, data: { ...BARRED, caseId: 'case-2' } }, noted)).toHaveLength(1);
  });
});
