import { describe, expect, it } from '@jest/globals';
import { loadCaseId, uuidFromName } from '#shared-kernel';
import { INITIAL_GUIDE_STATE } from '../domain/guide.state.js';
import { CLEARED, guide, scannedData } from '../scanning/scanning.fixtures.spec.js';
import { lotsScanned } from '../domain/guide.scanned-lots.js';
import { lotSteps, lotVerdict } from './scan-steps.js';

describe('what a recorded scan does to its guide’s lots', () => {
  it('maps the guide’s verdict to the lot’s', () => {
    expect([lotVerdict('cleared'), lotVerdict('observations'), lotVerdict('immobilise')]).toEqual(['pass', 'warning', 'failure']);
  });

  it('records a cleared scan on each lot, under ids derived from the recorded scan', () => {
    const steps = lotSteps('event-1', scannedData({ verdict: CLEARED }), ['LOT-1', 'LOT-2']);
    expect(steps).toEqual([
      { lotId: 'LOT-1', commandId: uuidFromName('event-1/lot-scanned/LOT-1'), command: { type: 'RecordLotScanned', data: { guideNumber: 'GTF-2026-000123', checkpoint: 'UC-CFB-K010', verdict: 'pass', at: '2026-05-02T07:00:00-05:00' } } },
      { lotId: 'LOT-2', commandId: uuidFromName('event-1/lot-scanned/LOT-2'), command: { type: 'RecordLotScanned', data: { guideNumber: 'GTF-2026-000123', checkpoint: 'UC-CFB-K010', verdict: 'pass', at: '2026-05-02T07:00:00-05:00' } } },
    ]);
  });

  it('immobilises each lot on the spot for a verdict immobilise, under the case of the load, by the checkpoint’s authority', () => {
    const steps = lotSteps('event-2', scannedData({ caseId: loadCaseId('GTF-2026-000123') }), ['LOT-1']);
    expect(steps.map((step) => step.command)).toEqual([
      { type: 'RecordLotScanned', data: { guideNumber: 'GTF-2026-000123', checkpoint: 'UC-CFB-K010', verdict: 'failure', at: '2026-05-02T07:00:00-05:00' } },
      {
        type: 'ImmobiliseLot',
        data: {
          caseRef: loadCaseId('GTF-2026-000123'),
          reason: 'Guide GTF-2026-000123 scanned at UC-CFB-K010 (scan SCAN-0001) failed SPECIES_MATCH, CITES_PERMIT',
          authority: 'ARFFS-UCAYALI',
          checkpoint: 'UC-CFB-K010',
          at: '2026-05-02T07:00:00-05:00',
        },
      },
    ]);
    expect(steps[1]!.commandId).toBe(uuidFromName('event-2/immobilise/LOT-1'));
  });

  it('does nothing for a number never issued: there are no lots', () => {
    expect(lotSteps('event-3', scannedData(), [])).toEqual([]);
  });

  describe('the lots a scan saw', () => {
    const lots = guide.lines.map((line) => line.lotId);
    const open = { ...INITIAL_GUIDE_STATE, issued: guide };
    const noon = '2026-05-02T12:00:00-05:00';

    it('are every lot of an open guide, and none of a number never issued', () => {
      expect(lotsScanned(open, noon)).toEqual(lots);
      expect(lotsScanned(INITIAL_GUIDE_STATE, noon)).toEqual([]);
    });

    it('are none once the guide was delivered or annulled before the observation: the load on the road is another', () => {
      expect(lotsScanned({ ...open, closure: { status: 'delivered', at: '2026-05-02T11:00:00-05:00', facilityId: 'CTP-UCA-014' } }, noon)).toEqual([]);
      expect(lotsScanned({ ...open, closure: { status: 'annulled', at: noon } }, noon)).toEqual([]);
    });

    it('are still the guide’s lots when it closed after the observation, or expired before it (the truck is late with them)', () => {
      expect(lotsScanned({ ...open, closure: { status: 'delivered', at: '2026-05-02T13:00:00-05:00', facilityId: 'CTP-UCA-014' } }, noon)).toEqual(lots);
      expect(lotsScanned({ ...open, closure: { status: 'expired', at: '2026-05-02T10:00:00-05:00' } }, noon)).toEqual(lots);
    });
  });
});
