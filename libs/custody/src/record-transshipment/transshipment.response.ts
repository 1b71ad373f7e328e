import { ApiProperty } from '@nestjs/swagger';
import type { Position } from '#shared-kernel';
import { DriverDto } from '../issue-guide/issue-guide.dto.js';

export class TransshipmentResponse {
  @ApiProperty({ example: 'GTF-2026-000123' })
  readonly number!: string;

  @ApiProperty({ type: [String], example: ['LOT-0001'] })
  readonly lots!: string[];

  @ApiProperty({ example: 'XYZ-987' })
  readonly plate!: string;

  @ApiProperty({ type: DriverDto })
  readonly driver!: DriverDto;

  @ApiProperty({ example: [-75.051436, -8.826391] })
  readonly position!: Position;

  @ApiProperty({ example: '2026-05-02T09:30:00-05:00' })
  readonly at!: string;
}
