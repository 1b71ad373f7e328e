import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { positionText } from '#shared-kernel';
import type { LiveView } from '../projection.js';
import type { ProjectionStatus, RebuildStatus } from '../projection-runner.js';

export class LogPositionResponse {
  @ApiProperty({ description: 'The committing transaction (Postgres) or commit position (EventStoreDB), as a decimal string', example: '812' }) readonly commit!: string;
  @ApiProperty({ description: 'The event within it, as a decimal string', example: '1043' }) readonly prepare!: string;
}

export class RebuildResponse {
  @ApiProperty({ description: 'The version being folded', example: 2 }) readonly version!: number;
  @ApiProperty({ example: 'read_models.custody_guides_v2' }) readonly table!: string;
  @ApiProperty({ enum: ['version', 'requested'], description: "`version`: the code's version differs from the answering rows'; `requested`: an operator asked" }) readonly reason!: string;
  @ApiProperty({ format: 'date-time' }) readonly startedAt!: string;
  @ApiProperty({ description: 'Events folded into the new rows so far', example: 1200 }) readonly events!: number;
  @ApiProperty({ description: 'Those and the events of the log still to fold', example: 5000 }) readonly total!: number;
  @ApiProperty({ type: LogPositionResponse }) readonly position!: LogPositionResponse;
  @ApiPropertyOptional({ description: 'Why the build stopped: its fold failed' }) readonly failure?: string;
}

export class ReadModelResponse {
  @ApiProperty({ example: 'custody_guides' }) readonly name!: string;
  @ApiProperty({ enum: ['inline', 'async', 'live'], description: '`async`: a checkpointed subscription; `live`: folded from a stream on each read (no rows, nothing more below)' })
  readonly lifecycle!: string;
  @ApiPropertyOptional({ description: 'A live view: the streams it folds', example: 'guide-*' }) readonly streams?: string;
  @ApiPropertyOptional({ description: 'The version of the code running', example: 2 }) readonly version?: number;
  @ApiPropertyOptional({ description: 'The version of the rows answering: the previous one while a build for the code’s version catches up', example: 1 })
  readonly activeVersion?: number;
  @ApiPropertyOptional({ example: 'read_models.custody_guides_v1' }) readonly table?: string;
  @ApiPropertyOptional({ type: LogPositionResponse, description: 'The last event folded into the rows answering' }) readonly position?: LogPositionResponse;
  @ApiPropertyOptional({ type: LogPositionResponse, description: 'The last event of the log the projection reads' }) readonly headPosition?: LogPositionResponse;
  @ApiPropertyOptional({ description: 'Events the projection reads that the rows answering do not include yet', example: 0 }) readonly lag?: number;
  @ApiPropertyOptional({ type: RebuildResponse, description: 'A new table being folded beside the answering one' }) readonly rebuilding?: RebuildResponse;
}

export function liveViewResponse({ name, lifecycle, streams }: LiveView): ReadModelResponse {
  return { name, lifecycle, streams };
}

export function projectionResponse({ position, headPosition, rebuilding, ...status }: ProjectionStatus): ReadModelResponse {
  return { ...status, position: positionText(position), headPosition: positionText(headPosition), ...(rebuilding ? { rebuilding: rebuildResponse(rebuilding) } : {}) };
}

function rebuildResponse({ position, ...build }: RebuildStatus): RebuildResponse {
  return { ...build, position: positionText(position) };
}

