import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ScanAnswerResponse } from '../scan-shipment/scan-answer.js';

class ScanRefusalResponse {
  @ApiProperty({ example: 'validation_failed', description: 'The error code a scan sent on its own would have been answered with' })
  readonly error!: string;

  @ApiProperty({ example: 'The request failed validation' })
  readonly message!: string;

  @ApiProperty({ example: { fields: [{ path: 'scans.3.observedAt', messages: ['observedAt must be an ISO-8601 date-time with its offset, e.g. 2026-05-02T08:00:00-05:00'] }] } })
  readonly details!: Readonly<Record<string, unknown>>;
}

class BatchItemResponse {
  @ApiProperty({ example: 3, description: 'Position of the scan in the request' })
  readonly index!: number;

  @ApiProperty({ example: 'scans.3' })
  readonly path!: string;

  @ApiProperty({ enum: ['judged', 'refused'] })
  readonly outcome!: 'judged' | 'refused';

  @ApiPropertyOptional({ type: ScanAnswerResponse, description: 'With outcome `judged`' })
  readonly scan?: ScanAnswerResponse;

  @ApiPropertyOptional({ type: ScanRefusalResponse, description: 'With outcome `refused`' })
  readonly refusal?: ScanRefusalResponse;
}

export class ScanBatchResponse {
  @ApiProperty({ example: 'UC-CFB-K010' })
  readonly checkpoint!: string;

  @ApiProperty({ type: [BatchItemResponse], description: 'One per scan sent, in the order sent' })
  readonly results!: readonly BatchItemResponse[];
}
