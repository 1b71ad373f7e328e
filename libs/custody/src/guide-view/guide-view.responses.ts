import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Quantity, QUANTITY_UNITS } from '#shared-kernel';
import { CONSIGNEE_KINDS, GUIDE_PRODUCT_TYPES } from '../domain/guide.js';
import type { SeizedTimber } from '../domain/guide.undeclared.js';
import { SEIZURE_BASES, type SeizureBasis } from '../domain/lot.js';
import { PIECE_SHAPES, type SeizedPiece } from '../domain/piece-list.js';
import { RULES } from '../domain/scan-checks/check-result.js';

const POSITION = { type: Number, isArray: true, example: [-74.553889, -8.379167], description: '[longitude, latitude]' };

/** A volume, or a weight (`kg`) for a product traded by weight: the unit says which. */
export class VolumeResponse {
  @ApiProperty({ example: 20 })
  readonly value!: number;

  @ApiProperty({ enum: QUANTITY_UNITS })
  readonly unit!: string;
}

export class EventActorResponse {
  @ApiProperty({ example: 'ana' })
  readonly id!: string;

  @ApiProperty({ example: 'permit_holder' })
  readonly role!: string;

  @ApiPropertyOptional({ example: '20123456789' })
  readonly organisation?: string;
}

class GuideOriginResponse {
  @ApiProperty({ enum: ['permit', 'processor'] })
  readonly kind!: string;

  @ApiPropertyOptional({ example: '25-UCA/C-J-001-02' })
  readonly permitId?: string;

  @ApiPropertyOptional({ example: 'POA-6' })
  readonly planId?: string;

  @ApiPropertyOptional({ example: 'CTP-UCA-014' })
  readonly processorId?: string;

  @ApiProperty(POSITION)
  readonly position!: readonly number[];
}

class ConsigneeResponse {
  @ApiProperty({ example: '20600000014' })
  readonly taxId!: string;

  @ApiProperty({ enum: CONSIGNEE_KINDS })
  readonly kind!: string;

  @ApiProperty({ example: 'CTP-UCA-014' })
  readonly facilityId!: string;
}

class DestinationResponse {
  @ApiProperty({ example: 'CTP-UCA-014' })
  readonly facilityId!: string;

  @ApiProperty(POSITION)
  readonly position!: readonly number[];
}

class DriverResponse {
  @ApiProperty({ example: '44556677' })
  readonly id!: string;

  @ApiProperty({ example: 'Q44556677' })
  readonly licence!: string;
}

class PieceDimensionsResponse {
  @ApiProperty({ enum: PIECE_SHAPES })
  readonly shape!: string;

  @ApiPropertyOptional({ example: 0.72, description: 'm, logs' })
  readonly largeEndDiameterM?: number;

  @ApiPropertyOptional({ example: 0.64, description: 'm, logs' })
  readonly smallEndDiameterM?: number;

  @ApiPropertyOptional({ example: 0.05, description: 'm, sawn pieces' })
  readonly thicknessM?: number;

  @ApiPropertyOptional({ example: 0.2, description: 'm, sawn pieces' })
  readonly widthM?: number;

  @ApiProperty({ example: 4.2 })
  readonly lengthM!: number;
}

class ListedPieceResponse {
  @ApiProperty({ example: 'T-0412' })
  readonly code!: string;

  @ApiProperty({ type: PieceDimensionsResponse })
  readonly dimensions!: PieceDimensionsResponse;

  @ApiProperty({ type: VolumeResponse, description: 'm³ from the dimensions: Smalian for logs, section × length for sawn pieces' })
  readonly volume!: VolumeResponse;
}

class CheckedPieceResponse {
  @ApiProperty({ example: 'T-0412' })
  readonly code!: string;

  @ApiPropertyOptional({ example: 'Cedrelinga cateniformis' })
  readonly scientificName?: string;

  @ApiPropertyOptional({ type: PieceDimensionsResponse })
  readonly dimensions?: PieceDimensionsResponse;
}

export class SeizedPieceResponse {
  @ApiProperty({ example: 'T-0999' })
  readonly code!: string;

  @ApiPropertyOptional({ type: PieceDimensionsResponse, description: 'As measured at the checkpoint' })
  readonly dimensions?: PieceDimensionsResponse;
}

/** Timber a scan found beyond the guide, seized as a lot in the authority's custody under the load's case. */
export class SeizedLotResponse implements SeizedTimber {
  @ApiProperty({ example: 'LOT-5f0c2a9e-…' })
  readonly lotId!: string;

  @ApiProperty({ example: 'Cedrela odorata' })
  readonly species!: string;

  @ApiProperty({ example: 2 })
  readonly pieces!: number;

  @ApiProperty({ type: VolumeResponse, description: 'In m³, or in kg for a product traded by weight' })
  readonly volume!: Quantity;

  @ApiProperty({ enum: SEIZURE_BASES })
  readonly basis!: SeizureBasis;

  @ApiPropertyOptional({ type: [SeizedPieceResponse], description: 'With basis `pieces_not_listed`: the pieces seized by their codes' })
  readonly seizedPieces?: readonly SeizedPiece[];
}

class GuideLineResponse {
  @ApiProperty({ example: 'LOT-0001' })
  readonly lotId!: string;

  @ApiProperty({ example: 'Cedrelinga cateniformis' })
  readonly scientificName!: string;

  @ApiProperty({ example: 'tornillo' })
  readonly commonName!: string;

  @ApiProperty({ enum: GUIDE_PRODUCT_TYPES })
  readonly productType!: string;

  @ApiProperty({ type: VolumeResponse, description: 'As declared, in the unit declared: kg for a `non_timber` line' })
  readonly volume!: VolumeResponse;

  @ApiProperty({ example: 12 })
  readonly pieces!: number;

  @ApiProperty({ required: false, example: 'Cedrelinga cateniformis', description: "The lot's species at issue: what the volume counts against in the plan, also where the line names only the genus" })
  readonly lotSpecies?: string;

  @ApiPropertyOptional({ type: [ListedPieceResponse], description: 'The piece list, where the issuer gave one' })
  readonly pieceList?: readonly ListedPieceResponse[];
}

class TrajectoryCheckpointResponse {
  @ApiProperty({ example: 'UC-CFB-K010' })
  readonly code!: string;

  @ApiProperty(POSITION)
  readonly position!: readonly number[];

  @ApiProperty()
  readonly mandatory!: boolean;

  @ApiProperty({ example: 10, description: 'Minutes after departure' })
  readonly earliestArrivalMinutes!: number;

  @ApiProperty({ example: 120, description: 'Minutes after departure' })
  readonly latestArrivalMinutes!: number;
}

class TrajectoryResponse {
  @ApiProperty({ type: [TrajectoryCheckpointResponse], description: 'In travel order' })
  readonly checkpoints!: readonly TrajectoryCheckpointResponse[];

  @ApiPropertyOptional({ example: 3, description: 'Absent: scans use the configured width' })
  readonly corridorWidthKm?: number;
}

/** The guide as its issuer swore it and this system registered it. */
export class IssuedGuideResponse {
  @ApiProperty({ example: 'GTF-2026-000123' })
  readonly number!: string;

  @ApiProperty({ example: 'REG-ATFFS-UCA-2026-004512' })
  readonly registrationNumber!: string;

  @ApiProperty({ example: 'ATFFS-UCAYALI' })
  readonly authority!: string;

  @ApiProperty({ example: '20123456789' })
  readonly issuerTaxId!: string;

  @ApiProperty({ example: '20123456789' })
  readonly holderTaxId!: string;

  @ApiProperty({ example: '20123456789' })
  readonly ownerTaxId!: string;

  @ApiProperty({ type: GuideOriginResponse })
  readonly origin!: GuideOriginResponse;

  @ApiProperty({ type: ConsigneeResponse })
  readonly consignee!: ConsigneeResponse;

  @ApiProperty({ type: DestinationResponse })
  readonly destination!: DestinationResponse;

  @ApiProperty({ type: [String], example: ['ABC-123'] })
  readonly vehiclePlates!: readonly string[];

  @ApiProperty({ type: DriverResponse })
  readonly driver!: DriverResponse;

  @ApiProperty({ type: [GuideLineResponse] })
  readonly lines!: readonly GuideLineResponse[];

  @ApiProperty({ example: '2026-05-02T06:00:00-05:00' })
  readonly issuedAt!: string;

  @ApiProperty({ example: '2026-05-04T06:00:00-05:00' })
  readonly expiresAt!: string;

  @ApiProperty({ type: TrajectoryResponse })
  readonly trajectory!: TrajectoryResponse;

  @ApiProperty({ type: [String], required: false, example: ['003456/SERFOR-2026'], description: 'The CITES permits the load relies on; absent when none' })
  readonly citesPermits?: string[];
}

class ClosureResponse {
  @ApiProperty({ enum: ['annulled', 'expired', 'delivered'] })
  readonly status!: string;

  @ApiProperty({ example: '2026-05-02T12:00:00-05:00' })
  readonly at!: string;

  @ApiPropertyOptional({ description: 'Why it was annulled' })
  readonly reason?: string;

  @ApiPropertyOptional({ description: 'Where it was delivered' })
  readonly facilityId?: string;

  @ApiProperty({ type: EventActorResponse, description: 'Who recorded it' })
  readonly by!: EventActorResponse;
}

class TransshipmentViewResponse {
  @ApiProperty({ type: [String], example: ['LOT-0001'] })
  readonly lots!: string[];

  @ApiProperty({ example: 'XYZ-987' })
  readonly plate!: string;

  @ApiProperty({ type: DriverResponse })
  readonly driver!: DriverResponse;

  @ApiProperty({ example: [-75.051436, -8.826391] })
  readonly position!: number[];

  @ApiProperty({ example: '2026-05-02T09:30:00-05:00' })
  readonly at!: string;

  @ApiProperty({ type: EventActorResponse, description: 'Who recorded it' })
  readonly by!: EventActorResponse;
}

export class DowngradedByResponse {
  @ApiProperty({ example: 3, description: 'The version of the published scan rules (`GET /reference/scan-rules/versions`) that makes a failure of this check a warning' })
  readonly rulesVersion!: number;
}

class RecordedCheckResponse {
  @ApiProperty({ enum: RULES })
  readonly rule!: string;

  @ApiProperty({ enum: ['pass', 'warning', 'failure'] })
  readonly outcome!: string;

  @ApiProperty({ description: 'What the guide, its trajectory, the reference data or the origin call for (JSON)' })
  readonly expected!: unknown;

  @ApiProperty({ description: 'What the checkpoint found (JSON)' })
  readonly observed!: unknown;

  @ApiProperty()
  readonly message!: string;

  @ApiPropertyOptional({ type: DowngradedByResponse, description: 'On a failing result the published scan rules make an observation: the version that does' })
  readonly downgradedBy?: DowngradedByResponse;
}

class ShipmentVerdictResponse {
  @ApiProperty({ enum: ['cleared', 'observations', 'immobilise'] })
  readonly decision!: string;

  @ApiProperty({ enum: RULES, isArray: true })
  readonly failed!: readonly string[];

  @ApiProperty({ enum: RULES, isArray: true })
  readonly warnings!: readonly string[];
}

class ObservedLineResponse {
  @ApiProperty({ example: 'Cedrelinga cateniformis' })
  readonly scientificName!: string;

  @ApiProperty({ example: 12 })
  readonly pieces!: number;

  @ApiProperty({ type: VolumeResponse })
  readonly volume!: VolumeResponse;
}

class ScanRevisionReasonResponse {
  @ApiProperty({ example: 'SCAN-K010' })
  readonly scanId!: string;

  @ApiProperty({ example: 'UC-CFB-K010' })
  readonly checkpoint!: string;

  @ApiProperty({ example: '2026-05-02T07:00:00-05:00' })
  readonly observedAt!: string;
}

class ScanRevisionResponse {
  @ApiProperty({ type: ShipmentVerdictResponse })
  readonly previous!: ShipmentVerdictResponse;

  @ApiProperty({ type: ShipmentVerdictResponse })
  readonly verdict!: ShipmentVerdictResponse;

  @ApiProperty({ type: ScanRevisionReasonResponse, description: 'The scan observed before this one and recorded after it, which completed the picture' })
  readonly reason!: ScanRevisionReasonResponse;

  @ApiProperty({ example: '2026-05-02T11:00:00-05:00', description: 'When the late scan was recorded' })
  readonly at!: string;

  @ApiProperty({ type: EventActorResponse, description: 'Who recorded the late scan' })
  readonly by!: EventActorResponse;
}

class ScanThresholdsResponse {
  @ApiProperty({ example: 5 })
  readonly volumeTolerancePercent!: number;

  @ApiProperty({ example: 0 })
  readonly pieceTolerance!: number;

  @ApiProperty({ example: 15 })
  readonly weightTolerancePercent!: number;

  @ApiProperty({ example: 80 })
  readonly maximumSpeedKmPerHour!: number;

  @ApiProperty({ example: 12 })
  readonly maximumDwellHours!: number;

  @ApiProperty({ example: 5 })
  readonly corridorWidthKm!: number;

  @ApiPropertyOptional({
    enum: RULES,
    isArray: true,
    example: ['DRIVER_MATCH', 'ARRIVAL_WINDOW'],
    description: 'The checks whose failing result the rules made a warning (an observation); every other failing check immobilises. Absent on scans judged before each check’s outcome was published',
  })
  readonly failingAsWarning?: readonly string[];

  @ApiPropertyOptional({ enum: ['warning', 'failure'], description: 'What another driver was, on scans judged before each check’s outcome was published' })
  readonly driverMismatch?: string;
}

class GuideScanResponse {
  @ApiProperty({ example: 'SCAN-0001' })
  readonly scanId!: string;

  @ApiProperty({ example: 'UC-CFB-K010' })
  readonly checkpoint!: string;

  @ApiProperty({ example: 'ARFFS-UCAYALI' })
  readonly authority!: string;

  @ApiProperty(POSITION)
  readonly checkpointPosition!: readonly number[];

  @ApiProperty({ example: 'ABC-123' })
  readonly plate!: string;

  @ApiProperty({ example: '44556677' })
  readonly driverId!: string;

  @ApiProperty({ type: [ObservedLineResponse] })
  readonly observedLines!: readonly ObservedLineResponse[];

  @ApiPropertyOptional({ example: 21500 })
  readonly scaleWeightKg?: number;

  @ApiPropertyOptional({ type: [CheckedPieceResponse], description: 'Pieces checked by code' })
  readonly checkedPieces?: readonly CheckedPieceResponse[];

  @ApiProperty({ example: '2026-05-02T07:00:00-05:00' })
  readonly observedAt!: string;

  @ApiProperty({ example: '2026-05-02T07:00:05-05:00' })
  readonly recordedAt!: string;

  @ApiProperty(POSITION)
  readonly position!: readonly number[];

  @ApiProperty({ type: [RecordedCheckResponse], description: 'Every check, in check order, as last revised' })
  readonly results!: readonly RecordedCheckResponse[];

  @ApiProperty({ type: ShipmentVerdictResponse, description: 'As last revised' })
  readonly verdict!: ShipmentVerdictResponse;

  @ApiPropertyOptional({ type: ScanThresholdsResponse, description: 'The thresholds the checks applied; absent on scans recorded before they were kept' })
  readonly thresholds?: ScanThresholdsResponse;

  @ApiPropertyOptional({ example: 1, description: 'The version of the published scan rules (`GET /reference/scan-rules/versions`) the thresholds come from' })
  readonly rulesVersion?: number;

  @ApiProperty({ type: [ScanRevisionResponse], description: 'Each change of verdict, in the order recorded: scans observed before this one and recorded after it' })
  readonly revisions!: readonly ScanRevisionResponse[];

  @ApiProperty({ type: [SeizedLotResponse], description: 'What the scan seized beyond the guide, each a lot held under the load’s case; none unless it held the load' })
  readonly seized!: readonly SeizedLotResponse[];

  @ApiPropertyOptional({
    example: ['LOT-0001'],
    description: 'The guide’s lots the scan saw: none for a number never issued or a guide delivered or annulled before the observation. Absent on scans recorded before it was kept.',
  })
  readonly lotIds?: readonly string[];

  @ApiProperty({ type: EventActorResponse, description: 'Who recorded the scan' })
  readonly by!: EventActorResponse;
}

export class GuideViewResponse {
  @ApiProperty({ example: 'GTF-2026-000123' })
  readonly number!: string;

  @ApiProperty({ enum: ['open', 'delivered', 'annulled', 'expired', 'not_issued'], description: '`not_issued`: only scans of a number never issued (regulators and the scanning checkpoints see it)' })
  readonly status!: string;

  @ApiPropertyOptional({ type: IssuedGuideResponse, description: 'Absent when no guide was issued under the number' })
  readonly guide?: IssuedGuideResponse;

  @ApiPropertyOptional({ type: ClosureResponse })
  readonly closure?: ClosureResponse;

  @ApiProperty({ type: [GuideScanResponse], description: 'In observation order' })
  readonly scans!: readonly GuideScanResponse[];

  @ApiProperty({ type: [TransshipmentViewResponse], description: 'Changes of truck its issuer recorded, in the order recorded' })
  readonly transshipments!: readonly TransshipmentViewResponse[];
}
