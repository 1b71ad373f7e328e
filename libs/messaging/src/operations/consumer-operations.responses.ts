import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ConsumerSummaryResponse {
  @ApiProperty({ example: 'harvest.custody-inbound' }) readonly name!: string;
  @ApiProperty({ description: 'Messages parked and not yet replayed', example: 0 }) readonly parked!: number;
}

class DeliveryFailureResponse {
  @ApiProperty({ description: 'The error code, or the error name of a fault', example: 'version_conflict' }) readonly error!: string;
  @ApiProperty() readonly message!: string;
  @ApiProperty({ description: 'Attempts made before it was parked' }) readonly attempts!: number;
}

class DeliveryResponse {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ description: 'The stream it came from: its later messages wait behind it', example: 'guide-GTF-2026-000123' }) readonly streamId!: string;
  @ApiProperty({ example: 'GuideIssued' }) readonly type!: string;
  @ApiPropertyOptional({ example: 1 }) readonly version?: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) readonly data!: unknown;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Actor, correlation and causation ids, when it happened' }) readonly metadata!: unknown;
}

class ReplayFailureResponse {
  @ApiProperty({ type: DeliveryFailureResponse }) readonly failure!: DeliveryFailureResponse;
  @ApiProperty({ format: 'date-time' }) readonly at!: string;
}

export class ParkedMessageResponse {
  @ApiProperty({ type: DeliveryResponse }) readonly message!: DeliveryResponse;
  @ApiProperty({ format: 'date-time' }) readonly parkedAt!: string;
  @ApiPropertyOptional({ type: DeliveryFailureResponse, description: 'Why it was parked; absent when it waits behind an earlier message of its stream' })
  readonly failure?: DeliveryFailureResponse;
  @ApiPropertyOptional({ format: 'uuid', description: 'The parked message it waits behind' }) readonly behind?: string;
  @ApiPropertyOptional({ type: ReplayFailureResponse, description: 'The last replay, when it failed again' }) readonly lastReplay?: ReplayFailureResponse;
}

class ReplayFailedResponse {
  @ApiProperty({ format: 'uuid' }) readonly messageId!: string;
  @ApiProperty({ type: DeliveryFailureResponse }) readonly failure!: DeliveryFailureResponse;
}

export class ReplayOutcomeResponse {
  @ApiProperty({ type: [String], description: 'Handled now, in order, no longer parked' }) readonly replayed!: string[];
  @ApiPropertyOptional({ type: ReplayFailedResponse, description: 'The message that failed again; it and those behind it stay parked' }) readonly failed?: ReplayFailedResponse;
}
