import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { CASE_REF, CASE_REF_RULE } from '../dtos/case-ref.js';

export class ReleaseGuideDto {
  @ApiProperty({ example: 'CASE-0b7f1f0e-5d1c-5a39-9a53-5b3e8c2f4d11', description: 'The case holding the load: the infraction case of the load (`SCAN/<checkpoint>/<scanId>` for holds recorded before cases named them)' })
  @Matches(CASE_REF, { message: `caseRef must be ${CASE_REF_RULE}` })
  readonly caseRef!: string;
}
