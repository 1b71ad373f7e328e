import { ApiPropertyOptional } from '@nestjs/swagger';
import { Matches, ValidateIf } from 'class-validator';

export class LaceyValueParams {
  @ApiPropertyOptional({ example: '12500.00', description: "The shipment's value as invoiced (the declaration asks for it); with `currency`" })
  @ValidateIf((params: LaceyValueParams) => params.value !== undefined || params.currency !== undefined)
  @Matches(/^\d{1,12}(\.\d{1,2})?$/, { message: 'value must be an amount with at most two decimals, given with currency' })
  readonly value?: string;

  @ApiPropertyOptional({ example: 'USD', description: 'ISO 4217 code of `value`' })
  @ValidateIf((params: LaceyValueParams) => params.value !== undefined || params.currency !== undefined)
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code (three capital letters) and goes with value' })
  readonly currency?: string;
}
