import { ApiProperty } from '@nestjs/swagger';
import type { ProcessorRegistered } from '../domain/processor.events.js';
import type { ProcessorKind } from '../domain/processor.js';
import { PROCESSOR_KINDS } from '../dtos/identifiers.js';
import { PointDto } from '../dtos/point.dto.js';
import { AuthorisationValidityDto } from '../dtos/validity.dto.js';

/** The authorisation as recorded. */
export class ProcessorRegistrationResponse {
  @ApiProperty({ example: 'CTP-PUCALLPA-7' })
  readonly facilityId!: string;

  @ApiProperty({ example: '20600012345' })
  readonly holderTaxId!: string;

  @ApiProperty({ enum: PROCESSOR_KINDS })
  readonly kind!: ProcessorKind;

  @ApiProperty({ example: 'ARFFS-UCAYALI' })
  readonly authority!: string;

  @ApiProperty({ example: 'RD-0143-2025-GRU-GGR-GERFFS' })
  readonly resolution!: string;

  @ApiProperty({ type: AuthorisationValidityDto })
  readonly validity!: AuthorisationValidityDto;

  @ApiProperty({ type: PointDto })
  readonly position!: PointDto;
}

export function registrationOf(data: ProcessorRegistered['data']): ProcessorRegistrationResponse {
  const { facilityId, holderTaxId, kind, authority, resolution, validity, position } = data;
  return { facilityId, holderTaxId, kind, authority, resolution, validity, position };
}
