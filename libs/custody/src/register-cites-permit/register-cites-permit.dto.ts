import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { NestedObject } from '#http';
import { CITES_APPENDICES, type CitesAppendix } from '../domain/cites-permit.js';
import { CustodyQuantityDto } from '../dtos/quantity.dto.js';
import { PERMIT_ID, PERMIT_ID_RULE, TAX_ID, TAX_ID_RULE } from '../dtos/identifiers.js';
import { IsInstant } from '../dtos/validators.js';

/** A CITES permit as SERFOR granted it. */
export class RegisterCitesPermitDto {
  @ApiProperty({ example: '003456/SERFOR-2026', description: `The permit's number: ${PERMIT_ID_RULE} (a slash travels as %2F in a path)` })
  @Matches(PERMIT_ID, { message: `number must be ${PERMIT_ID_RULE}` })
  readonly number!: string;

  @ApiProperty({ example: 'Cedrela odorata', description: 'The one species the permit covers, as a binomial' })
  @IsString()
  @MaxLength(120)
  @Matches(/^\s*[A-Za-z]+\s+[a-z]+(-[a-z]+)?\s*$/, { message: 'scientificName must be a binomial, e.g. Cedrela odorata' })
  readonly scientificName!: string;

  @ApiProperty({ enum: CITES_APPENDICES, example: 'II' })
  @IsIn(CITES_APPENDICES)
  readonly appendix!: CitesAppendix;

  @ApiProperty({ type: CustodyQuantityDto, description: 'The volume (or, for a product traded by weight, the weight) the permit covers' })
  @NestedObject(() => CustodyQuantityDto)
  readonly volume!: CustodyQuantityDto;

  @ApiProperty({ example: '20600000014', description: `The holder's RUC (${TAX_ID_RULE}): a guide relies on the permit only when the holder is its holder, owner or consignee` })
  @Matches(TAX_ID, { message: `holderTaxId must be ${TAX_ID_RULE}` })
  readonly holderTaxId!: string;

  @ApiProperty({ example: '2026-05-01T00:00:00-05:00' })
  @IsInstant()
  readonly validFrom!: string;

  @ApiProperty({ example: '2026-10-31T23:59:59-05:00', description: 'After validFrom' })
  @IsInstant()
  readonly validUntil!: string;
}
