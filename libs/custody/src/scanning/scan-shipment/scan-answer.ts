import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ScanVerdictRevised, ShipmentScanned } from '../../domain/guide.events.js';
import { type SeizedTimber, seizedTimber } from '../../domain/guide.undeclared.js';
import { DowngradedByResponse, SeizedLotResponse } from '../../guide-view/guide-view.responses.js';
import { type CheckResult, type CheckValue, type RuleCode, RULES, type VerdictDecision } from '../../domain/scan-checks/check-result.js';

/** What a checkpoint hears back: the verdict, every check's result, and the failed checks on their own. */
export interface ScanAnswer {
  readonly scanId: string;
  readonly guideNumber: string;
  readonly checkpoint: string;
  readonly authority: string;
  readonly plate: string;
  readonly observedAt: string;
  readonly recordedAt: string;
  readonly verdict: VerdictDecision;
  readonly failed: readonly RuleCode[];
  readonly warnings: readonly RuleCode[];
  readonly results: readonly CheckResult[];
  readonly failedChecks: readonly CheckResult[];
  /** Scans of the guide observed after this one whose verdict it changed, uploaded late as it was. */
  readonly revised: readonly RevisedScan[];
  /** What the scan seized beyond the guide, each a lot held under the load's case. */
  readonly seized: readonly SeizedTimber[];
}

export interface RevisedScan {
  readonly scanId: string;
  readonly checkpoint: string;
  readonly observedAt: string;
  readonly previous: VerdictDecision;
  readonly verdict: VerdictDecision;
}

/** From the recorded events, so a resent scan answers exactly what the first one did. */
export function scanAnswer(data: ShipmentScanned['data'], revisions: readonly ScanVerdictRevised['data'][] = []): ScanAnswer {
  const { scanId, guideNumber, checkpoint, authority, plate, observedAt, recordedAt, verdict, results } = data;
  return {
    scanId,
    guideNumber,
    checkpoint,
    authority,
    plate,
    observedAt,
    recordedAt,
    verdict: verdict.decision,
    failed: verdict.failed,
    warnings: verdict.warnings,
    results,
    failedChecks: results.filter((result) => result.outcome === 'failure'),
    revised: revisions.map((revision) => ({ scanId: revision.scanId, checkpoint: revision.checkpoint, observedAt: revision.observedAt, previous: revision.previous.decision, verdict: revision.verdict.decision })),
    seized: seizedTimber(data),
  };
}

const OUTCOMES = ['pass', 'warning', 'failure'] as const;
const DECISIONS = ['cleared', 'observations', 'immobilise'] as const;

export class CheckResultResponse implements CheckResult {
  @ApiProperty({ enum: RULES })
  readonly rule!: RuleCode;

  @ApiProperty({ enum: OUTCOMES, description: '`failure`: the timber lacks legal cover; `warning`: a slip or suspicion recorded as an observation' })
  readonly outcome!: (typeof OUTCOMES)[number];

  @ApiProperty({ description: 'What the guide, its trajectory, the reference data or the origin call for (JSON)', example: { species: 'Cedrelinga cateniformis', m3: 20, tolerancePercent: 5 } })
  readonly expected!: CheckValue;

  @ApiProperty({ description: 'What the checkpoint found (JSON)', example: { m3: 20 } })
  readonly observed!: CheckValue;

  @ApiProperty({ example: 'Cedrelinga cateniformis: the volume matches the guide within 5 %' })
  readonly message!: string;

  @ApiPropertyOptional({ type: DowngradedByResponse, description: 'On a failing result the published scan rules make an observation: the version that does' })
  readonly downgradedBy?: DowngradedByResponse;
}

class RevisedScanResponse implements RevisedScan {
  @ApiProperty({ example: 'SCAN-K060' })
  readonly scanId!: string;

  @ApiProperty({ example: 'UC-CFB-K060' })
  readonly checkpoint!: string;

  @ApiProperty({ example: '2026-05-02T08:30:00-05:00' })
  readonly observedAt!: string;

  @ApiProperty({ enum: DECISIONS })
  readonly previous!: VerdictDecision;

  @ApiProperty({ enum: DECISIONS })
  readonly verdict!: VerdictDecision;
}

export class ScanAnswerResponse implements ScanAnswer {
  @ApiProperty({ example: '7f9c1d2e-5b1a-4c8e-9a77-0d3e2b6f4a10' })
  readonly scanId!: string;

  @ApiProperty({ example: 'GTF-2026-000123' })
  readonly guideNumber!: string;

  @ApiProperty({ example: 'UC-CFB-K010' })
  readonly checkpoint!: string;

  @ApiProperty({ example: 'ARFFS-UCAYALI', description: 'The authority running the checkpoint' })
  readonly authority!: string;

  @ApiProperty({ example: 'ABC-123' })
  readonly plate!: string;

  @ApiProperty({ example: '2026-05-02T07:00:00-05:00' })
  readonly observedAt!: string;

  @ApiProperty({ example: '2026-05-02T12:00:05.120Z', description: 'When the server recorded it: later than observedAt for offline uploads' })
  readonly recordedAt!: string;

  @ApiProperty({ enum: DECISIONS, description: '`immobilise` on any failure (the lots are immobilised), `observations` on warnings only' })
  readonly verdict!: VerdictDecision;

  @ApiProperty({ enum: RULES, isArray: true, description: 'Rules that failed, each once, in check order' })
  readonly failed!: readonly RuleCode[];

  @ApiProperty({ enum: RULES, isArray: true, description: 'Rules that warned, each once, in check order' })
  readonly warnings!: readonly RuleCode[];

  @ApiProperty({ type: [CheckResultResponse], description: 'Every check run, in check order' })
  readonly results!: readonly CheckResultResponse[];

  @ApiProperty({ type: [CheckResultResponse], description: 'The results that failed' })
  readonly failedChecks!: readonly CheckResultResponse[];

  @ApiProperty({ type: [RevisedScanResponse], description: "Scans of the guide observed after this one whose verdict this one changed (it was uploaded late); a hold only they justified is lifted" })
  readonly revised!: readonly RevisedScanResponse[];

  @ApiProperty({ type: [SeizedLotResponse], description: "What the scan seized beyond the guide, each a lot in the authority's custody held under the load's case; none unless it held the load" })
  readonly seized!: readonly SeizedLotResponse[];
}
