import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { NestedObject } from '#http';
import { PERMIT_KINDS, type PermitKind } from '../domain/permit.js';
import { PERMIT_ID, PERMIT_ID_RULE, TAX_ID } from '../dtos/identifiers.js';
import { PolygonDto } from '../dtos/polygon.dto.js';
import { PlanValidityDto } from '../dtos/validity.dto.js';

const TRIMMED = /^\S(.*\S)?$/;

export class RegisterPermitDto {
  @ApiProperty({ example: '25-UCA/C-J-001-02', description: `The title's number: ${PERMIT_ID_RULE}` })
  @Matches(PERMIT_ID, { message: `permitId must be ${PERMIT_ID_RULE}` })
  readonly permitId!: string;

  @ApiProperty({ enum: PERMIT_KINDS })
  @IsIn(PERMIT_KINDS)
  readonly kind!: PermitKind;

  @ApiProperty({ example: '20123456789', description: "The holder's RUC: 11 digits" })
  @Matches(TAX_ID, { message: 'holderTaxId must be a RUC of 11 digits' })
  readonly holderTaxId!: string;

  @ApiProperty({ example: 'ARFFS-UCAYALI', description: "The granting authority, as regulators' tokens name it" })
  @IsString()
  @MaxLength(80)
  @Matches(TRIMMED, { message: 'authority must not be blank or start or end with spaces' })
  readonly authority!: string;

  @ApiProperty({ example: 'RD-0123-2022-GRU-GGR-GERFOR', maxLength: 120 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  readonly resolutionNumber!: string;

  @ApiProperty({ type: PolygonDto, description: "The permit's area" })
  @NestedObject(() => PolygonDto)
  readonly area!: PolygonDto;

  @ApiProperty({ type: PlanValidityDto })
  @NestedObject(() => PlanValidityDto)
  readonly validity!: PlanValidityDto;
}
