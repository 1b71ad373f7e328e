import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { assertActs, Role } from '#auth';
import { REFERENCE_DATA, type ReferenceData } from '#reference-data/integration';
import { CheckpointNotFound } from '../scan-facts/checkpoint-not-found.js';
import { SCAN_LOG, type ScanLog } from '../scan-log/scan-log.port.js';
import type { ScanLogRow } from '../scan-log/scan-log.projection.js';
import { assertMayReadScansAt } from './checkpoint-access.js';
import { DEFAULT_RECENT_SCANS } from './checkpoint-scans.params.js';
import { CheckpointScansQuery } from './checkpoint-scans.query.js';
import type { CheckpointScansResponse, RecentScan } from './checkpoint-scans.response.js';

/** Async: reads the scan log projection (eventually consistent, milliseconds behind the scans). */
@QueryHandler(CheckpointScansQuery)
export class CheckpointScansHandler implements IQueryHandler<CheckpointScansQuery> {
  constructor(
    @Inject(SCAN_LOG) private readonly log: ScanLog,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
  ) {}

  async execute({ code, params, actor }: CheckpointScansQuery): Promise<CheckpointScansResponse> {
    const now = new Date();
    // An operator of another checkpoint is refused before learning whether :code exists.
    if (actor.role === Role.CheckpointOperator) assertActs(actor, { role: Role.CheckpointOperator, organisation: code }, 'read the scans at');
    const checkpoint = await this.reference.checkpoint(code, now);
    if (!checkpoint) throw new CheckpointNotFound(code, now.toISOString());
    assertMayReadScansAt(actor, checkpoint);
    const rows = await this.log.recentAt(code, params.limit ?? DEFAULT_RECENT_SCANS);
    return { checkpoint: code, authority: checkpoint.authority, scans: rows.map(recentScan) };
  }
}

function recentScan({ scanId, guideNumber, plate, driverId, observedAt, recordedAt, verdict, failed, warnings }: ScanLogRow): RecentScan {
  return { scanId, guideNumber, plate, driverId, observedAt, recordedAt, verdict, failed, warnings };
}
