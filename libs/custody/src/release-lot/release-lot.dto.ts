import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { CASE_REF, CASE_REF_RULE } from '../dtos/case-ref.js';

export class ReleaseLotDto {
  @ApiProperty({ example: 'INF-2026-0042', description: 'The case that holds the lot' })
  @Matches(CASE_REF, { message: `caseRef must be ${CASE_REF_RULE}` })
  readonly caseRef!: string;
}
