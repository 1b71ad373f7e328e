import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROAD_MODES } from '../domain/road-entry.js';
import type { ProposedRoute, RoutePlaceKind } from '../domain/route-proposal.js';

const KINDS: readonly RoutePlaceKind[] = ['town', 'checkpoint', 'unknown_checkpoint'];

export class RoutePlaceResponse {
  @ApiProperty({ example: 'UC-CFB-K010', description: 'A town name or a checkpoint code' })
  readonly place!: string;

  @ApiProperty({ enum: KINDS, description: '`unknown_checkpoint`: a code the checkpoints catalogue in force does not hold, left out of the trajectory' })
  readonly kind!: RoutePlaceKind;

  @ApiPropertyOptional({ example: 'Puesto de control km 10, Carretera Federico Basadre', description: "A checkpoint's name" })
  readonly name?: string;

  @ApiProperty({ example: 10, description: 'km from the start' })
  readonly km!: number;

  @ApiPropertyOptional({ example: 'PUCALLPA-TINGO-MARIA', description: 'The road that reached it; none for the start' })
  readonly road?: string;

  @ApiProperty({ example: 10, description: 'Minutes after the guide is issued, at the fastest speed' })
  readonly earliestArrivalMinutes!: number;

  @ApiProperty({ example: 150, description: 'Minutes after the guide is issued, at the slowest speed, after departure and the inspections before it' })
  readonly latestArrivalMinutes!: number;
}

export class ProposedCheckpointResponse {
  @ApiProperty({ example: 'UC-CFB-K010' })
  readonly code!: string;

  @ApiProperty({ type: Number, isArray: true, minItems: 2, maxItems: 2, example: [-74.611826, -8.393874], description: '[longitude, latitude]' })
  readonly position!: readonly [number, number];

  @ApiProperty({ description: 'false for a post still to be confirmed: skipping it must not alone immobilise a load' })
  readonly mandatory!: boolean;

  @ApiProperty({ example: 10 })
  readonly earliestArrivalMinutes!: number;

  @ApiProperty({ example: 150 })
  readonly latestArrivalMinutes!: number;
}

export class ProposedTrajectoryResponse {
  @ApiProperty({ type: [ProposedCheckpointResponse], description: 'In travel order: paste as the `trajectory` of a guide request' })
  readonly checkpoints!: readonly ProposedCheckpointResponse[];
}

export class ModeSpeedsResponse {
  @ApiProperty({ example: 60 })
  readonly fastestKmPerHour!: number;

  @ApiProperty({ example: 20 })
  readonly slowestKmPerHour!: number;
}

export class TravelSpeedsResponse {
  @ApiProperty({ type: ModeSpeedsResponse })
  readonly road!: ModeSpeedsResponse;

  @ApiProperty({ type: ModeSpeedsResponse })
  readonly river!: ModeSpeedsResponse;
}

export class RouteVersionsResponse {
  @ApiProperty({ example: 1 })
  readonly roads!: number;

  @ApiProperty({ example: 1 })
  readonly checkpoints!: number;
}

export class RouteResponse implements ProposedRoute {
  @ApiProperty({ example: 'Pucallpa' })
  readonly from!: string;

  @ApiProperty({ example: 'Lima' })
  readonly to!: string;

  @ApiProperty({ example: '2026-03-01T17:00:00.000Z', description: 'The instant whose catalogues answered' })
  readonly at!: string;

  @ApiProperty({ example: 785 })
  readonly distanceKm!: number;

  @ApiProperty({ type: [String], example: ['PUCALLPA-TINGO-MARIA', 'TINGO-MARIA-LA-OROYA', 'LA-OROYA-LIMA'], description: 'Road codes, in travel order' })
  readonly roads!: readonly string[];

  @ApiProperty({ type: [RoutePlaceResponse], description: 'Every place passed, in travel order' })
  readonly places!: readonly RoutePlaceResponse[];

  @ApiProperty({ type: ProposedTrajectoryResponse })
  readonly trajectory!: ProposedTrajectoryResponse;

  @ApiProperty({ type: RouteVersionsResponse, description: 'The catalogue versions the route was drawn from' })
  readonly versions!: RouteVersionsResponse;

  @ApiProperty({ type: TravelSpeedsResponse, description: `Average speeds per mode (${ROAD_MODES.join(', ')}) the windows are drawn from` })
  readonly speeds!: TravelSpeedsResponse;
}
