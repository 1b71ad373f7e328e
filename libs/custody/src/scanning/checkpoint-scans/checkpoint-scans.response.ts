import { ApiProperty } from '@nestjs/swagger';
import { type RuleCode, RULES, type VerdictDecision } from '../../domain/scan-checks/check-result.js';
import type { ScanLogRow } from '../scan-log/scan-log.projection.js';

export type RecentScan = Omit<ScanLogRow, 'plateKey' | 'observedAtUtc' | 'checkpointPosition' | 'checkpoint' | 'authority'>;

class RecentScanResponse implements RecentScan {
  @ApiProperty({ example: '7f9c1d2e-5b1a-4c8e-9a77-0d3e2b6f4a10' })
  readonly scanId!: string;

  @ApiProperty({ example: 'GTF-2026-000123' })
  readonly guideNumber!: string;

  @ApiProperty({ example: 'ABC-123' })
  readonly plate!: string;

  @ApiProperty({ example: '44556677' })
  readonly driverId!: string;

  @ApiProperty({ example: '2026-05-02T07:00:00-05:00' })
  readonly observedAt!: string;

  @ApiProperty({ example: '2026-05-02T12:00:05.120Z' })
  readonly recordedAt!: string;

  @ApiProperty({ enum: ['cleared', 'observations', 'immobilise'] })
  readonly verdict!: VerdictDecision;

  @ApiProperty({ enum: RULES, isArray: true })
  readonly failed!: readonly RuleCode[];

  @ApiProperty({ enum: RULES, isArray: true })
  readonly warnings!: readonly RuleCode[];
}

export class CheckpointScansResponse {
  @ApiProperty({ example: 'UC-CFB-K010' })
  readonly checkpoint!: string;

  @ApiProperty({ example: 'ARFFS-UCAYALI' })
  readonly authority!: string;

  @ApiProperty({ type: [RecentScanResponse], description: 'Newest observation first' })
  readonly scans!: readonly RecentScanResponse[];
}
