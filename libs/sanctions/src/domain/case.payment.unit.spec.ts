import { describe, expect, it } from '@jest/globals';
import { deciderSpec } from '#testing';
import type { RecordFinePayment } from './case.commands.js';
import { caseDecider } from './case.decider.js';
import { FineAlreadyPaid, InvalidCaseStep, StepNotAllowed } from './case.errors.js';
import type { CaseEvent } from './case.events.js';
import { fineInSoles } from './case.payment.js';

const spec = deciderSpec(caseDecider);
const CASE = 'CASE-1';
const AT = '2027-02-10T10:00:00-05:00';

const opened: CaseEvent = {
  type: 'CaseOpened',
  data: { caseId: CASE, authority: 'ARFFS-UCAYALI', source: { kind: 'scan', scanId: 'S-1', checkpoint: 'UC-CFB-K160', guideNumber: 'G-1' }, subject: { holderTaxId: '20123456789' }, lots: ['LOT-1'], findings: [{ rule: 'SPECIES_MATCH', message: 'x', at: '2026-11-02T08:00:00-05:00' }] },
};
const conduct = { code: 'INF-2021-02', conduct: 'x', legalReference: 'x', class: 'muy_grave' as const, fineUit: { min: '10', max: '5000' }, measures: ['confiscation'] };
const charged: CaseEvent = { type: 'ChargesNotified', data: { caseId: CASE, instructor: 'ana', accusedTaxId: '20123456789', conducts: [conduct], facts: 'x', notifiedAt: AT, defenceDue: '2026-11-20' } };
const resolved = (fineUit?: string): CaseEvent => ({
  type: 'CaseResolved',
  data: { caseId: CASE, decidedBy: 'luis', outcome: fineUit ? 'sanction' : 'dismissal', reasoning: 'x', measures: [], ...(fineUit ? { fineUit } : {}), lotsConfiscated: [], at: AT, reviewDue: '2026-12-20' },
});
const final = (fineUit?: string): CaseEvent => ({
  type: 'CaseBecameFinal',
  data: { caseId: CASE, accusedTaxId: '20123456789', outcome: fineUit ? 'sanction' : 'dismissal', measures: [], ...(fineUit ? { fineUit } : {}), lots: ['LOT-1'], lotsConfiscated: [], at: AT },
});
const payment = (amountSoles: string, soles = '5500'): RecordFinePayment => ({ type: 'RecordFinePayment', data: { caseId: CASE, by: 'tesoreria', receipt: 'REC-1', amountSoles, uit: { year: 2027, soles }, paidAt: AT } });

describe('paying a final fine', () => {
  it('converts the fine at the UIT of the year of payment, to the céntimo, half up', () => {
    expect(fineInSoles('12.5', '5500')).toBe('68750.00');
    expect(fineInSoles('10.125', '5350')).toBe('54168.75');
    expect(fineInSoles('0.333', '4950')).toBe('1648.35');
  });

  it('records the amount due and the receipt, once', () => {
    const paid: CaseEvent = { type: 'FinePaid', data: { caseId: CASE, receipt: 'REC-1', amountSoles: '68750.00', uit: { year: 2027, soles: '5500' }, paidAt: AT, recordedBy: 'tesoreria' } };
    spec.given([opened, charged, resolved('12.5'), final('12.5')]).when(payment('68750')).then([paid]);
    spec.given([opened, charged, resolved('12.5'), final('12.5'), paid]).when(payment('68750.00')).then(new FineAlreadyPaid(CASE, 'REC-1'));
  });

  it('refuses another amount, naming the one due and the UIT it was converted at', () => {
    spec
      .given([opened, charged, resolved('12.5'), final('12.5')])
      .when(payment('68000.00'))
      .then(new InvalidCaseStep(CASE, 'amountSoles', 'must be S/ 68750.00: 12.5 UIT at the UIT of 2027 (S/ 5500), the year it was paid'));
  });

  it('refuses before the resolution is final, and when it imposed no fine', () => {
    spec.given([opened, charged, resolved('12.5')]).when(payment('68750.00')).then(new StepNotAllowed(CASE, 'recording the payment of the fine', 'resolved', ['final']));
    spec.given([opened, charged, resolved(), final()]).when(payment('0')).then(new InvalidCaseStep(CASE, 'fine', 'was not imposed by the final resolution: there is nothing to pay'));
  });
});
