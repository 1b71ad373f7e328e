import { ApiProperty } from '@nestjs/swagger';

export class LotRefusalResponse {
  @ApiProperty({ example: 'LOT-0002' })
  readonly lotId!: string;

  @ApiProperty({ example: 'lot_immobilised' })
  readonly error!: string;

  @ApiProperty()
  readonly message!: string;
}

/** A guide closed, and what became of each of its lots. */
export class GuideClosureResponse {
  @ApiProperty({ example: 'GTF-2026-000123' })
  readonly number!: string;

  @ApiProperty({ enum: ['annulled', 'delivered', 'expired'] })
  readonly status!: string;

  @ApiProperty({ example: '2026-05-02T09:00:00-05:00' })
  readonly at!: string;

  @ApiProperty({ type: [String], description: 'Lots released back where they left from (annulled), or delivered (delivered)', example: ['LOT-0001'] })
  readonly lots!: readonly string[];

  @ApiProperty({ type: [LotRefusalResponse], description: 'Lots that refused (held by a case): they stay as they are' })
  readonly refused!: readonly LotRefusalResponse[];
}
