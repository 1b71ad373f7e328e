import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EventActorResponse, SeizedPieceResponse, VolumeResponse } from '../guide-view/guide-view.responses.js';

class LotPlaceResponse {
  @ApiProperty({ enum: ['holder', 'facility', 'authority'] })
  readonly kind!: string;

  @ApiPropertyOptional({ example: 'ARFFS-UCAYALI', description: 'With kind `authority`: the authority keeping seized timber' })
  readonly authority?: string;

  @ApiPropertyOptional({ example: 'UC-CFB-K160', description: 'With kind `authority`: the checkpoint where it was seized' })
  readonly checkpoint?: string;

  @ApiPropertyOptional({ example: 'ALM-ATFFS-PUCALLPA-01', description: "With kind `authority`: the authority's warehouse that took it in" })
  readonly warehouse?: string;

  @ApiPropertyOptional({ example: '20123456789', description: "With kind `holder`: the permit holder's RUC" })
  readonly holderTaxId?: string;

  @ApiPropertyOptional({ example: 'CTP-UCA-014', description: 'With kind `facility`' })
  readonly facilityId?: string;
}

class KeeperResponse {
  @ApiProperty({ enum: ['permit_holder', 'processor', 'regulator'] })
  readonly role!: string;

  @ApiProperty({ example: '20123456789' })
  readonly organisation!: string;
}

class LotHoldResponse {
  @ApiProperty({ enum: ['none', 'immobilised', 'confiscated'] })
  readonly kind!: string;

  @ApiPropertyOptional({ example: 'INF-2026-0042' })
  readonly caseRef?: string;

  @ApiPropertyOptional({ example: 'ARFFS-UCAYALI' })
  readonly authority?: string;
}

class ConfiscatedOriginResponse {
  @ApiProperty({ example: 'INF-2026-0042', description: 'The case that confiscated it' })
  readonly caseRef!: string;

  @ApiProperty({ enum: ['auction', 'donation'] })
  readonly method!: string;

  @ApiProperty({ example: 'ACTA-SUBASTA-2026-007', description: 'The auction record or the donation resolution' })
  readonly reference!: string;
}

class LotShareResponse {
  @ApiProperty({ example: 'LOT-0001-A' })
  readonly lotId!: string;

  @ApiProperty({ type: VolumeResponse, description: 'In m³, or in kg between lots traded by weight' })
  readonly volume!: VolumeResponse;
}

export class LotSummaryResponse {
  @ApiProperty({ example: 'LOT-0001' })
  readonly lotId!: string;

  @ApiProperty({ example: 'Cedrela odorata' })
  readonly species!: string;

  @ApiProperty({ enum: ['roundwood', 'sawn_wood', 'sliced_veneer', 'rotary_veneer', 'non_timber'], description: '`non_timber`: a product traded by weight, its volume in kg' })
  readonly productType!: string;

  @ApiProperty({ type: VolumeResponse, description: 'What remains, in m³, or in kg for a `non_timber` lot' })
  readonly volume!: VolumeResponse;

  @ApiProperty({ enum: ['resting', 'on_guide', 'immobilised', 'confiscated', 'consumed', 'split', 'merged'] })
  readonly status!: string;

  @ApiProperty({ type: LotPlaceResponse, description: 'Where it rests or, on the road, where it left from' })
  readonly place!: LotPlaceResponse;

  @ApiProperty({ type: KeeperResponse })
  readonly keeper!: KeeperResponse;

  @ApiPropertyOptional({ example: 'GTF-2026-000123', description: 'The open guide it travels under' })
  readonly guideNumber?: string;

  @ApiPropertyOptional({ example: 'GTF-2026-000123', description: 'The guide it arrived under' })
  readonly deliveredUnder?: string;

  @ApiProperty({ type: LotHoldResponse })
  readonly hold!: LotHoldResponse;

  @ApiProperty({ type: [LotShareResponse], description: 'One level up' })
  readonly parents!: readonly LotShareResponse[];

  @ApiProperty({ type: [LotShareResponse], description: 'One level down: split children and merge targets' })
  readonly children!: readonly LotShareResponse[];

  @ApiProperty({ type: [String], description: 'Transformations that consumed part of it' })
  readonly consumedBy!: readonly string[];

  @ApiPropertyOptional({ type: ConfiscatedOriginResponse, description: 'Timber the authority confiscated, then auctioned or donated: kept for ever' })
  readonly confiscatedOrigin?: ConfiscatedOriginResponse;
}

class LotHistoryEntryResponse {
  @ApiProperty({ example: 1, description: 'Position in the lot’s stream' })
  readonly position!: number;

  @ApiProperty({ example: 'LotExtracted' })
  readonly type!: string;

  @ApiProperty({ description: 'The event as recorded' })
  readonly data!: object;

  @ApiProperty({ type: EventActorResponse })
  readonly actor!: EventActorResponse;

  @ApiProperty({ example: '2026-05-02T08:00:00-05:00' })
  readonly occurredAt!: string;

  @ApiProperty({ example: '2026-05-02T13:00:00.123Z' })
  readonly recordedAt!: string;
}

export class LotViewResponse extends LotSummaryResponse {
  @ApiPropertyOptional({ type: [SeizedPieceResponse], description: 'The pieces a checkpoint seized by their codes into this lot (basis `pieces_not_listed`)' })
  readonly seizedPieces?: readonly SeizedPieceResponse[];

  @ApiProperty({ type: [LotHistoryEntryResponse], description: 'Every event of the lot’s stream, in order' })
  readonly history!: readonly LotHistoryEntryResponse[];
}
