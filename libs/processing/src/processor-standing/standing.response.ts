import { ApiProperty } from '@nestjs/swagger';

/** The measure as recorded, and the standing it leaves the processor in. */
export class ProcessorStandingResponse {
  @ApiProperty({ example: 'CTP-PUCALLPA-7' })
  readonly facilityId!: string;

  @ApiProperty({ enum: ['suspended', 'authorised'], description: 'Authorised again after a reinstatement, as far as the validity allows' })
  readonly standing!: 'suspended' | 'authorised';

  @ApiProperty({ example: 'OSINFOR', description: 'The authority that took the measure' })
  readonly authority!: string;

  @ApiProperty({ example: 'Libro de operaciones no actualizado' })
  readonly reason!: string;

  @ApiProperty({ example: '2026-06-01T08:00:00-05:00' })
  readonly at!: string;
}
