import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { NestedObject } from '#http';
import type { ProcessorKind } from '../domain/processor.js';
import { LOCAL_ID, LOCAL_ID_RULE, PROCESSOR_KINDS, TAX_ID } from '../dtos/identifiers.js';
import { PointDto } from '../dtos/point.dto.js';
import { AuthorisationValidityDto } from '../dtos/validity.dto.js';

const TRIMMED = /^\S(.*\S)?$/;

/** A processor's authorisation as the regulator records it. */
export class RegisterProcessorDto {
  @ApiProperty({ example: 'CTP-PUCALLPA-7', description: `The facility's id, as processors' tokens name it: ${LOCAL_ID_RULE}` })
  @Matches(LOCAL_ID, { message: `facilityId must be ${LOCAL_ID_RULE}` })
  readonly facilityId!: string;

  @ApiProperty({ example: '20600012345', description: "The holder's RUC: 11 digits" })
  @Matches(TAX_ID, { message: 'holderTaxId must be a RUC of 11 digits' })
  readonly holderTaxId!: string;

  @ApiProperty({ enum: PROCESSOR_KINDS, description: 'A depot stores and ships but records no transformations; an export yard (an exporter’s) likewise, for shipment abroad' })
  @IsIn(PROCESSOR_KINDS)
  readonly kind!: ProcessorKind;

  @ApiPropertyOptional({ example: 'ARFFS-UCAYALI', description: "The authorising authority; default and only choice: the caller's own, unless the caller is SERFOR" })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  @Matches(TRIMMED, { message: 'authority must not be blank or start or end with spaces' })
  readonly authority?: string;

  @ApiProperty({ example: 'RD-0143-2025-GRU-GGR-GERFFS', maxLength: 120, description: 'The resolution that authorises the facility' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  readonly resolution!: string;

  @ApiProperty({ type: AuthorisationValidityDto })
  @NestedObject(() => AuthorisationValidityDto)
  readonly validity!: AuthorisationValidityDto;

  @ApiProperty({ type: PointDto, description: 'Where the facility stands' })
  @NestedObject(() => PointDto)
  readonly position!: PointDto;
}
