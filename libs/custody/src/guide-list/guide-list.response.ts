import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VolumeResponse } from '../guide-view/guide-view.responses.js';

class GuideLoadResponse {
  @ApiProperty({ example: 'Cedrela odorata', description: 'The species the lines count against' })
  readonly species!: string;

  @ApiProperty({ type: VolumeResponse, description: 'Lines of the species summed: in m³, or in kg for a product traded by weight' })
  readonly volume!: VolumeResponse;
}

class GuideListItemResponse {
  @ApiProperty({ example: 'GTF-2026-000123' })
  readonly number!: string;

  @ApiProperty({ enum: ['open', 'delivered', 'annulled', 'expired'] })
  readonly status!: string;

  @ApiProperty({ example: '20123456789' })
  readonly holderTaxId!: string;

  @ApiProperty({ example: '20123456789' })
  readonly issuerTaxId!: string;

  @ApiProperty({ example: { kind: 'permit', permitId: '25-UCA/C-J-001-02', planId: 'POA-6' } })
  readonly origin!: object;

  @ApiProperty({ example: 'CTP-UCA-014' })
  readonly destinationFacilityId!: string;

  @ApiProperty({ example: { taxId: '20600000014', kind: 'processor' } })
  readonly consignee!: object;

  @ApiProperty({ type: [String], example: ['UC-CFB-K010', 'UC-CFB-K060'] })
  readonly checkpoints!: readonly string[];

  @ApiProperty({ type: [String], example: ['LOT-0001'] })
  readonly lots!: readonly string[];

  @ApiProperty({ type: [GuideLoadResponse], description: 'What it carries per species and measure' })
  readonly load!: readonly GuideLoadResponse[];

  @ApiProperty({ example: '2026-05-02T06:00:00-05:00' })
  readonly issuedAt!: string;

  @ApiProperty({ example: '2026-05-04T06:00:00-05:00' })
  readonly expiresAt!: string;

  @ApiPropertyOptional({ example: '2026-05-02T12:00:00-05:00', description: 'When it was delivered, annulled or expired' })
  readonly closedAt?: string;
}

export class GuideListResponse {
  @ApiProperty({ type: [GuideListItemResponse] })
  readonly guides!: readonly GuideListItemResponse[];
}
