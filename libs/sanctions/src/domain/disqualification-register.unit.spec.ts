import { describe, expect, it } from '@jest/globals';
import { disqualificationRegisterDecider, type RegisterDisqualification } from './disqualification-register.js';

const REGISTER: RegisterDisqualification = {
  type: 'RegisterDisqualification',
  data: { caseId: 'case-1', authority: 'ARFFS-UCAYALI', taxId: '20393857413', from: '2026-03-01', until: '2026-08-31', at: '2026-02-27T10:00:00-05:00' },
};

describe('the disqualification register', () => {
  it("registers each case's disqualification of a party once, and another case's beside it", () => {
    const { decide, evolve, initialState } = disqualificationRegisterDecider;
    const events = decide(REGISTER, initialState);
    expect(events).toEqual([{ type: 'DisqualificationRegistered', data: REGISTER.data }]);
    const registered = events.reduce(evolve, initialState);
    expect(decide(REGISTER, registered)).toEqual([]);
    expect(decide({ ...REGISTER, data: { ...REGISTER.data, caseId: 'case-2' } }, registered)).toEqual([{ type: 'DisqualificationRegistered', data: { ...REGISTER.data, caseId: 'case-2' } }]);
  });
});
