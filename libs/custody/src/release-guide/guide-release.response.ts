import { ApiProperty } from '@nestjs/swagger';
import { LotRefusalResponse } from '../annul-guide/guide-closure.response.js';

/** A load released from a case's hold, and what became of each of its lots. */
export class GuideReleaseResponse {
  @ApiProperty({ example: 'GTF-2026-000123' })
  readonly number!: string;

  @ApiProperty({ example: 'SCAN/UC-CFB-K160/SCAN-0001' })
  readonly caseRef!: string;

  @ApiProperty({ example: '2026-05-02T11:00:00-05:00' })
  readonly at!: string;

  @ApiProperty({ type: [String], description: 'Lots released from the case', example: ['LOT-0001'] })
  readonly lots!: readonly string[];

  @ApiProperty({ type: [LotRefusalResponse], description: 'Lots that refused (held by another case, confiscated since): they stay as they are' })
  readonly refused!: readonly LotRefusalResponse[];
}
