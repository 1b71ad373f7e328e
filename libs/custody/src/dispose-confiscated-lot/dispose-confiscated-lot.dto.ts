import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { CASE_REF } from '../dtos/case-ref.js';
import { LOCAL_ID, LOCAL_ID_RULE } from '../dtos/identifiers.js';
import type { DisposalMethod } from '../domain/lot.js';

const METHODS: readonly DisposalMethod[] = ['auction', 'donation'];

/** A buyer or beneficiary: a company by its RUC, or a person by their DNI. */
const RUC_OR_DNI = /^(\d{11}|\d{8})$/;

export class DisposeConfiscatedLotDto {
  @ApiProperty({ enum: METHODS, example: 'auction', description: 'Sold at auction or donated by resolution' })
  @IsIn(METHODS, { message: `method must be one of ${METHODS.join(', ')}` })
  readonly method!: DisposalMethod;

  @ApiProperty({ example: '20601234567', description: "The buyer's or beneficiary's RUC (11 digits) or DNI (8 digits)" })
  @Matches(RUC_OR_DNI, { message: 'recipientTaxId must be a RUC of 11 digits or a DNI of 8 digits' })
  readonly recipientTaxId!: string;

  @ApiPropertyOptional({ example: 'CTP-PUC-031', description: "The recipient's facility the timber goes to; without it, the recipient's own yard" })
  @IsOptional()
  @Matches(LOCAL_ID, { message: `recipientFacilityId must be ${LOCAL_ID_RULE}` })
  readonly recipientFacilityId?: string;

  @ApiProperty({ example: 'ACTA-SUBASTA-2026-007', description: 'The auction record or the donation resolution number' })
  @Matches(CASE_REF, { message: 'reference must be letters, digits and . _ / -, at most 80, starting with a letter or digit' })
  readonly reference!: string;
}
