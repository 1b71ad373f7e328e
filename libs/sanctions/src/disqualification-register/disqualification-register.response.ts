import { ApiProperty } from '@nestjs/swagger';

export class DisqualificationEntry {
  @ApiProperty({ description: 'The case whose final sanction disqualifies' })
  readonly caseId!: string;
  @ApiProperty({ example: 'ARFFS-UCAYALI' })
  readonly authority!: string;
  @ApiProperty({ example: '20393857413', description: 'RUC or identity document number' })
  readonly taxId!: string;
  @ApiProperty({ example: '2026-06-01', description: 'First day (Peru date)' })
  readonly from!: string;
  @ApiProperty({ example: '2028-05-31', description: 'Last day (Peru date), included' })
  readonly until!: string;
  @ApiProperty({ description: 'When the case became final' })
  readonly at!: string;
  @ApiProperty({ description: 'Whether it runs today (Peru date)' })
  readonly inForce!: boolean;
}

export class DisqualificationRegisterResponse {
  @ApiProperty({ example: '2026-12-04', description: 'The Peru date the register was read on' })
  readonly on!: string;
  @ApiProperty({ type: [DisqualificationEntry], description: 'The last to end first' })
  readonly disqualifications!: DisqualificationEntry[];
}
