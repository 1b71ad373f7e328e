import { describe, it } from '@jest/globals';
import { loadCaseId } from '#shared-kernel';
import { deciderSpec } from '#testing';
import type { RecordTransshipment } from './guide.commands.js';
import { guideDecider } from './guide.decider.js';
import { GuideClosed, GuideHeld, GuideNotFound, InvalidGuideCommand } from './guide.errors.js';
import { delivered, EXPIRES_AT, immobilise, issued, NUMBER, scan, scanned, transshipped } from './guide.fixtures.spec.js';
import { result } from './scan-checks/check-result.js';

const spec = deciderSpec(guideDecider);

const AT = '2026-05-02T06:40:00-05:00';
const transship = (changes: Partial<RecordTransshipment['data']> = {}): RecordTransshipment => ({
  type: 'RecordTransshipment',
  data: { lots: ['LOT-0001', 'LOT-0002'], plate: 'XYZ-999', driver: { id: '11223344', licence: 'Q11223344' }, position: [-74.58, -8.385], at: AT, recordedAt: '2026-05-02T07:00:00-05:00', ...changes },
});

describe('recording a transshipment', () => {
  it('records which lots went on in which truck, with whom, where and when', () => {
    spec.given([issued()]).when(transship()).then([transshipped(AT)]);
  });

  it('refuses lots the guide does not carry, no lots, a blank plate or driver', () => {
    spec.given([issued()]).when(transship({ lots: ['LOT-0001', 'LOT-9999'], plate: ' ', driver: { id: '', licence: 'Q1' } })).then(
      new InvalidGuideCommand(NUMBER, [
        { path: 'lots[1]', code: 'not_on_guide' },
        { path: 'plate', code: 'blank' },
        { path: 'driver.id', code: 'blank' },
      ]),
    );
    spec.given([issued()]).when(transship({ lots: [] })).then(new InvalidGuideCommand(NUMBER, [{ path: 'lots', code: 'no_lots' }]));
  });

  it('refuses a time before the departure, at or after the expiry, or later than it was recorded', () => {
    spec.given([issued()]).when(transship({ at: '2026-05-02T05:59:00-05:00' })).then(new InvalidGuideCommand(NUMBER, [{ path: 'at', code: 'before_issue' }]));
    spec.given([issued()]).when(transship({ at: EXPIRES_AT, recordedAt: EXPIRES_AT })).then(new InvalidGuideCommand(NUMBER, [{ path: 'at', code: 'after_expiry' }]));
    spec.given([issued()]).when(transship({ at: '2026-05-02T07:00:01-05:00' })).then(new InvalidGuideCommand(NUMBER, [{ path: 'at', code: 'in_the_future' }]));
  });

  it('refuses a guide never issued, closed, or whose load a scan holds', () => {
    spec.given([]).when(transship()).then(new GuideNotFound());
    spec.given([issued(), delivered()]).when(transship()).then(new GuideClosed(NUMBER, { status: 'delivered', at: '2026-05-02T12:00:00-05:00', facilityId: 'CTP-UCA-014' }));
    const otherTruck = scan({ plate: 'DEF-456' });
    const held = scanned(otherTruck, { VEHICLE_MATCH: [result('VEHICLE_MATCH', 'failure', ['ABC-123'], 'DEF-456', '')] }, immobilise(['VEHICLE_MATCH']));
    spec.given([issued(), { ...held, data: { ...held.data, caseId: loadCaseId(NUMBER) } }]).when(transship()).then(new GuideHeld(NUMBER, [loadCaseId(NUMBER)]));
  });
});
