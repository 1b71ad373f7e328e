import { describe, expect, it } from '@jest/globals';
import { fold } from '#shared-kernel';
import { deciderSpec } from '#testing';
import type { ShipmentVerdictRevisedV1 } from '#custody/integration';
import { withdrawalOfRevision } from '../custody-inbound/shipment-flagged.consumer.js';
import type { CaseCommand } from './case.commands.js';
import { caseDecider } from './case.decider.js';
import type { CaseEvent } from './case.events.js';
import { standingFindings } from './case.withdrawal.js';

const spec = deciderSpec(caseDecider);
const CASE = 'CASE-1';
const finding = { rule: 'SKIPPED_CHECKPOINT', message: 'Mandatory checkpoints skipped on the way to UC-CFB-K060: UC-CFB-K010', at: '2026-05-02T08:30:00-05:00' };
const opened: CaseEvent = {
  type: 'CaseOpened',
  data: { caseId: CASE, authority: 'ARFFS-UCAYALI', source: { kind: 'scan', scanId: 'S-60', checkpoint: 'UC-CFB-K060', guideNumber: 'GTF-1' }, subject: { guideNumber: 'GTF-1' }, lots: ['LOT-1'], findings: [finding] },
};
const withdrawal = { caseId: CASE, scanId: 'S-60', revisedBy: { scanId: 'S-10', checkpoint: 'UC-CFB-K010', observedAt: '2026-05-02T07:00:00-05:00' }, verdict: 'cleared', at: '2026-05-02T11:00:00-05:00' };
const withdraw = (scanId = 'S-60'): CaseCommand => ({ type: 'WithdrawScanFindings', data: { ...withdrawal, scanId } });

describe('a scan’s findings withdrawn by custody’s revision', () => {
  it('are marked withdrawn on the case, which keeps them, once', () => {
    spec.given([opened]).when(withdraw()).then([{ type: 'ScanFindingsWithdrawn', data: withdrawal }]);
    const state = fold(caseDecider, [opened, { type: 'ScanFindingsWithdrawn', data: withdrawal }]);
    expect(state).toMatchObject({ findings: [finding], withdrawnScans: [{ scanId: 'S-60', revisedBy: withdrawal.revisedBy, verdict: 'cleared', at: withdrawal.at }] });
    spec.given([opened, { type: 'ScanFindingsWithdrawn', data: withdrawal }]).when(withdraw()).then([]);
  });

  it('stop standing once withdrawn, while another scan’s and a guide count’s findings stand', () => {
    const counted = { rule: 'MOVED_BEYOND_AUTHORISED', message: 'Guide GTF-1 moves more than the plan authorises', at: '2026-05-03T10:00:00-05:00' };
    const later = { rule: 'VOLUME_MATCH', message: '3 m³ undeclared', at: '2026-05-02T12:00:00-05:00' };
    const added = (source: Extract<CaseEvent, { type: 'FindingsAdded' }>['data']['source'], found: typeof finding): CaseEvent => ({ type: 'FindingsAdded', data: { caseId: CASE, source, lots: [], findings: [found] } });
    const events = [
      opened,
      added({ kind: 'scan', scanId: 'S-90', checkpoint: 'UC-CFB-K090', guideNumber: 'GTF-1' }, later),
      added({ kind: 'guide_count', permitId: 'P-1', planId: 'POA-1', guideNumber: 'GTF-1' }, counted),
    ];
    expect(standingFindings(events)).toEqual([finding, later, counted]);
    expect(standingFindings([...events, { type: 'ScanFindingsWithdrawn', data: withdrawal }])).toEqual([later, counted]);
  });

  it('change nothing for a scan the case never took, or a case never opened', () => {
    spec.given([opened]).when(withdraw('S-99')).then([]);
    spec.given([]).when(withdraw()).then([]);
  });

  it('are withdrawn only when the revision clears a scan that immobilised', () => {
    const revised = (previous: 'immobilise' | 'cleared', verdict: 'immobilise' | 'cleared' | 'observations'): ShipmentVerdictRevisedV1 => ({
      type: 'ShipmentVerdictRevised',
      version: 1,
      data: {
        guideNumber: 'GTF-1',
        scanId: 'S-60',
        checkpoint: 'UC-CFB-K060',
        authority: 'ARFFS-UCAYALI',
        observedAt: '2026-05-02T08:30:00-05:00',
        previous: { verdict: previous, failedRules: [], warningRules: [] },
        verdict,
        failedRules: [],
        warningRules: [],
        revisedBy: withdrawal.revisedBy,
        at: withdrawal.at,
      },
    });
    expect(withdrawalOfRevision(revised('immobilise', 'observations'))).toMatchObject({ type: 'WithdrawScanFindings', data: { scanId: 'S-60', verdict: 'observations', revisedBy: withdrawal.revisedBy } });
    expect(withdrawalOfRevision(revised('immobilise', 'immobilise'))).toBeUndefined();
    expect(withdrawalOfRevision(revised('cleared', 'immobilise'))).toBeUndefined();
  });
});
