import { ApiProperty } from '@nestjs/swagger';
import { VolumeResponse } from '../guide-view/guide-view.responses.js';

class SplitChildResponse {
  @ApiProperty({ example: 'LOT-5f0c3a1e-2b7d-5c41-9a8e-0d6f1b2c3d4e', description: 'Made by the system' })
  readonly lotId!: string;

  @ApiProperty({ type: VolumeResponse, description: 'In the lot’s measure: m³, or kg' })
  readonly volume!: VolumeResponse;
}

export class SplitLotResponse {
  @ApiProperty({ example: 'LOT-0001' })
  readonly lotId!: string;

  @ApiProperty({ type: VolumeResponse, description: 'What remains with the lot, in m³ or kg' })
  readonly remaining!: VolumeResponse;

  @ApiProperty({ type: [SplitChildResponse], description: 'In the order asked for' })
  readonly children!: readonly SplitChildResponse[];
}
