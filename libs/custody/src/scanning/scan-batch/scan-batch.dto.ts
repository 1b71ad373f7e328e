import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsObject } from 'class-validator';
import { ScanShipmentDto } from '../scan-shipment/scan-shipment.dto.js';

/** What one offline upload may carry. */
export const MOST_SCANS_PER_BATCH = 500;

/** Each scan is validated on its own, so one bad scan is refused alone and the others are judged. */
export class ScanBatchDto {
  @ApiProperty({ type: [ScanShipmentDto], minItems: 1, maxItems: MOST_SCANS_PER_BATCH, description: 'Scans recorded offline, in any order' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MOST_SCANS_PER_BATCH)
  @IsObject({ each: true, message: 'each of scans must be an object' })
  readonly scans!: object[];
}
