import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { LOCAL_ID, LOCAL_ID_RULE } from '../dtos/identifiers.js';

export class StoreConfiscatedLotDto {
  @ApiProperty({ example: 'ALM-ATFFS-PUCALLPA-01', description: "The authority's warehouse that takes the timber in" })
  @Matches(LOCAL_ID, { message: `warehouse must be ${LOCAL_ID_RULE}` })
  readonly warehouse!: string;
}
