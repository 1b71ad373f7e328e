import { describe, expect, it } from '@jest/globals';
import type { Recorded } from '#shared-kernel';
import type { CaseEvent } from '../domain/case.events.js';
import { caseListProjection, type CaseRow } from './case-list.projection.js';

const CASE = 'CASE-1';
const HOLDER = '20123456789';
const recorded = (event: CaseEvent, occurredAt: string): Recorded<CaseEvent> => ({ ...event, streamId: `case-${CASE}`, metadata: { occurredAt } }) as unknown as Recorded<CaseEvent>;

function project(events: readonly (readonly [CaseEvent, string])[]): CaseRow | null | undefined {
  return events.reduce<CaseRow | null | undefined>((row, [event, at]) => caseListProjection.evolve(row ?? undefined, recorded(event, at)), undefined);
}

const opened: CaseEvent = {
  type: 'CaseOpened',
  data: { caseId: CASE, authority: 'ARFFS-UCAYALI', source: { kind: 'transformation', facilityId: 'CTP-1', transformationId: 'TR-1', reason: 'x' }, subject: {}, lots: ['LOT-1'], findings: [{ rule: 'SPECIES_MATCH', message: 'x', at: '2026-05-02T08:00:00-05:00' }] },
};
const charged: CaseEvent = {
  type: 'ChargesNotified',
  data: { caseId: CASE, instructor: 'instructor-1', accusedTaxId: HOLDER, conducts: [], facts: 'x', notifiedAt: '2026-05-04T10:00:00-05:00', defenceDue: '2026-05-11' },
};
const final: CaseEvent = {
  type: 'CaseBecameFinal',
  data: { caseId: CASE, accusedTaxId: HOLDER, outcome: 'sanction', measures: ['confiscation'], fineUit: '10.00', lots: ['LOT-1'], lotsConfiscated: ['LOT-1'], at: '2026-06-16T03:00:00Z' },
};

describe('the case list projection, for recidivism', () => {
  it('keeps the party charged and the Peru date the case became final', () => {
    expect(project([[opened, '2026-05-02T08:00:00-05:00']])).toMatchObject({ accusedTaxId: null, finalOn: null });
    expect(project([[opened, '2026-05-02T08:00:00-05:00'], [charged, '2026-05-04T10:00:00-05:00']])).toMatchObject({ accusedTaxId: HOLDER, finalOn: null });
    expect(
      project([
        [opened, '2026-05-02T08:00:00-05:00'],
        [charged, '2026-05-04T10:00:00-05:00'],
        [final, '2026-06-16T03:00:00Z'],
      ]),
    ).toMatchObject({ status: 'final', accusedTaxId: HOLDER, outcome: 'sanction', fineUit: '10.00', finalOn: '2026-06-15' });
  });
});
