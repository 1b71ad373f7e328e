import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { assertActs, type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { IdParam } from '#http';
import type { ReadModel } from '#projections';
import { REFERENCE_DATA, type ReferenceData } from '#reference-data/integration';
import { type RuleCode, RULES, type VerdictDecision } from '../../domain/scan-checks/check-result.js';
import { CheckpointNotFound } from '../scan-facts/checkpoint-not-found.js';
import { SCAN_LOG, type ScanLogRow } from '../scan-log/scan-log.projection.js';
import { assertMayReadScansAt } from './checkpoint-access.js';
import { CheckpointScansQuery, DEFAULT_RECENT_SCANS } from './checkpoint-scans.query.js';

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

/** Async: reads the scan log projection (eventually consistent, milliseconds behind the scans). */
@ApiTags('scans')
@Controller('checkpoints')
@Roles(Role.CheckpointOperator, Role.Regulator)
export class CheckpointScansController {
  constructor(
    @Inject(SCAN_LOG) private readonly log: ReadModel<ScanLogRow>,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
  ) {}

  @Get(':code/scans')
  @ApiOperation({
    summary: "Recent scans at a checkpoint, newest observation first: the checkpoint's operator, or a regulator of the authority running it (SERFOR and OSINFOR for every checkpoint)",
    description: 'Each scan with its guide number, plate, driver, observation and recording times and verdict. Eventually consistent with scans (milliseconds).',
  })
  @ApiParam({ name: 'code', example: 'UC-CFB-K010' })
  @ApiOkResponse({ type: CheckpointScansResponse })
  @ApiForbiddenResponse({ description: '`not_acting_for`: another checkpoint’s operator, or a regulator of another authority' })
  @ApiNotFoundResponse({ description: '`checkpoint_not_found`: no checkpoint :code in the catalogue in force now' })
  async recent(@IdParam('code') code: string, @Query() query: CheckpointScansQuery, @CurrentActor() actor: AuthenticatedActor): Promise<CheckpointScansResponse> {
    const now = new Date();
    // An operator of another checkpoint is refused before learning whether :code exists.
    if (actor.role === Role.CheckpointOperator) assertActs(actor, { role: Role.CheckpointOperator, organisation: code }, 'read the scans at');
    const checkpoint = await this.reference.checkpoint(code, now);
    if (!checkpoint) throw new CheckpointNotFound(code, now.toISOString());
    assertMayReadScansAt(actor, checkpoint);
    const rows = await this.log.database.sql.query<{ data: ScanLogRow }>(
      `SELECT data FROM ${this.log.table} WHERE data->>'checkpoint' = $1 ORDER BY data->>'observedAtUtc' DESC, id LIMIT $2`,
      [code, query.limit ?? DEFAULT_RECENT_SCANS],
    );
    return { checkpoint: code, authority: checkpoint.authority, scans: rows.map(({ data }) => recentScan(data)) };
  }
}

function recentScan({ scanId, guideNumber, plate, driverId, observedAt, recordedAt, verdict, failed, warnings }: ScanLogRow): RecentScan {
  return { scanId, guideNumber, plate, driverId, observedAt, recordedAt, verdict, failed, warnings };
}
