import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CITES_APPENDICES, type CitesPermitState, type CitesPermitTerms } from '../domain/cites-permit.js';
import { VolumeResponse } from '../guide-view/guide-view.responses.js';

class RevocationResponse {
  @ApiProperty({ example: 'Granted on a forged harvest record' })
  readonly reason!: string;

  @ApiProperty({ example: '2026-06-01T10:00:00-05:00', description: 'From then on the permit covers nothing' })
  readonly at!: string;
}

export class CitesPermitResponse {
  @ApiProperty({ example: '003456/SERFOR-2026' })
  readonly number!: string;

  @ApiProperty({ example: 'Cedrela odorata' })
  readonly scientificName!: string;

  @ApiProperty({ enum: CITES_APPENDICES })
  readonly appendix!: string;

  @ApiProperty({ type: VolumeResponse })
  readonly volume!: VolumeResponse;

  @ApiProperty({ example: '20600000014' })
  readonly holderTaxId!: string;

  @ApiProperty({ example: '2026-05-01T00:00:00-05:00' })
  readonly validFrom!: string;

  @ApiProperty({ example: '2026-10-31T23:59:59-05:00' })
  readonly validUntil!: string;

  @ApiPropertyOptional({ type: RevocationResponse, description: 'Absent while the permit stands' })
  readonly revoked?: RevocationResponse;
}

export function citesPermitResponse(permit: CitesPermitTerms, revoked?: CitesPermitState['revoked']): CitesPermitResponse {
  return { ...permit, ...(revoked === undefined ? {} : { revoked }) };
}
