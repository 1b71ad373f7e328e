import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { CASE_REF, CASE_REF_RULE } from '../dtos/case-ref.js';

export class ReleaseGuideDto {
  @ApiProperty({ example: 'SCAN/UC-CFB-K160/SCAN-0001', description: 'The case holding the load, as the scan that stopped it named it' })
  @Matches(CASE_REF, { message: `caseRef must be ${CASE_REF_RULE}` })
  readonly caseRef!: string;
}
