import { ApiProperty } from '@nestjs/swagger';
import { LotRefusalResponse } from '../annul-guide/guide-closure.response.js';

/** A load released from a case's hold, and what became of each of its lots. */
export class GuideReleaseResponse {
  @ApiProperty({ example: 'GTF-2026-000123' })
  readonly number!: string;

  @ApiProperty({ example: 'CASE-0b7f1f0e-5d1c-5a39-9a53-5b3e8c2f4d11' })
  readonly caseRef!: string;

  @ApiProperty({ example: '2026-05-02T11:00:00-05:00' })
  readonly at!: string;

  @ApiProperty({ type: [String], description: 'Lots released from the case', example: ['LOT-0001'] })
  readonly lots!: readonly string[];

  @ApiProperty({ type: [LotRefusalResponse], description: 'Lots that refused (held by another case, confiscated since): they stay as they are' })
  readonly refused!: readonly LotRefusalResponse[];
}
