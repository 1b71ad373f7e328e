import { ApiProperty } from '@nestjs/swagger';
import type { CaseStatus } from '../domain/case.js';
import type { AuthorityStatistics } from './case-statistics.aggregate.js';
import type { CaseClass } from './case-statistics.projection.js';

export class StatisticsPeriod {
  @ApiProperty({ type: String, nullable: true, example: '2026-01', description: 'First month of the facts counted; null: from the first case' })
  readonly from!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-12', description: 'Last month of the facts counted; null: to the last case' })
  readonly to!: string | null;
}

export class ConductCount {
  @ApiProperty({ example: 'INF-2021-02' })
  readonly code!: string;
  @ApiProperty({ example: 3 })
  readonly cases!: number;
}

export class SpeciesCount {
  @ApiProperty({ example: 'Cedrela odorata' })
  readonly species!: string;
  @ApiProperty({ example: 4 })
  readonly cases!: number;
  @ApiProperty({ example: '12.5', description: 'm³ of this species seized as lots of unproven origin' })
  readonly seizedM3!: string;
  @ApiProperty({ example: '5', description: 'm³ of this species confiscated, as custody recorded each lot' })
  readonly confiscatedM3!: string;
  @ApiProperty({ example: '0', description: 'kg of this species seized, when it is traded by weight (tara pods): never counted in m³' })
  readonly seizedKg!: string;
  @ApiProperty({ example: '0', description: 'kg of this species confiscated, when it is traded by weight' })
  readonly confiscatedKg!: string;
}

export class CheckpointCount {
  @ApiProperty({ example: 'UC-CFB-K160' })
  readonly checkpoint!: string;
  @ApiProperty({ example: 7 })
  readonly cases!: number;
}

export class MonthCount {
  @ApiProperty({ example: '2026-05' })
  readonly month!: string;
  @ApiProperty({ example: 2 })
  readonly cases!: number;
}

export class VolumeFigure {
  @ApiProperty({ example: 2 })
  readonly lots!: number;
  @ApiProperty({ example: '10.25', description: 'm³ of the timber lots, an exact decimal sum' })
  readonly m3!: string;
  @ApiProperty({ example: '0', description: 'kg of the lots of products traded by weight, an exact decimal sum apart from the m³' })
  readonly kg!: string;
}

export class CaseVolumes {
  @ApiProperty({ description: 'Lots custody immobilised under the cases, each with the m³ (or kg, by weight) it held then (ever, released or not; lots made from a held lot included)' })
  readonly immobilised!: VolumeFigure;
  @ApiProperty({ description: "Timber a checkpoint found beyond the load's guide, seized as lots of unproven origin" })
  readonly seized!: VolumeFigure;
  @ApiProperty({ description: 'Lots custody confiscated under the cases' })
  readonly confiscated!: VolumeFigure;
}

export class OutcomeCounts {
  @ApiProperty()
  readonly sanction!: number;
  @ApiProperty()
  readonly dismissal!: number;
  @ApiProperty({ description: 'Not resolved yet' })
  readonly none!: number;
}

/**
 * One authority's infraction cases counted, with no personal data: no party, officer, guide, plate, driver or case id.
 * A case is counted by authority and month where its facts were found; by class, status and outcome exactly once.
 */
export class AuthorityStatisticsResponse implements AuthorityStatistics {
  @ApiProperty({ example: 'ARFFS-UCAYALI' })
  readonly authority!: string;
  @ApiProperty({ example: 12, description: 'Cases opened, counted by the month of their earliest fact' })
  readonly cases!: number;
  @ApiProperty({ example: { leve: 0, grave: 2, muy_grave: 5, uncharged: 5 }, description: 'Each case once, under the gravest class charged; `uncharged` before charges' })
  readonly byClass!: Readonly<Record<CaseClass, number>>;
  @ApiProperty({ type: [ConductCount], description: 'Cases charged with each conduct of the catalogue: a case charged with two counts under both' })
  readonly byConduct!: readonly ConductCount[];
  @ApiProperty({
    type: [SpeciesCount],
    description: 'Cases naming each species: observed in the load or seized at a checkpoint, identified by a report, or confiscated. A case counts once under each it names; species declared on a guide only are not counted',
  })
  readonly bySpecies!: readonly SpeciesCount[];
  @ApiProperty({ example: 1, description: 'Cases whose facts name no species (a guide a permit could not count, a flag from before loads were recorded)' })
  readonly casesWithoutSpecies!: number;
  @ApiProperty({ type: [CheckpointCount], description: 'Cases by the checkpoints whose scans flagged the load: a load flagged at two counts under both' })
  readonly byCheckpoint!: readonly CheckpointCount[];
  @ApiProperty({ type: [MonthCount], description: 'Cases by the Peru month of their earliest fact, oldest first' })
  readonly byMonth!: readonly MonthCount[];
  @ApiProperty({ example: { detected: 5, charged: 3, final: 4 }, description: 'Each case once, where it stands in the procedure' })
  readonly byStatus!: Readonly<Record<CaseStatus, number>>;
  @ApiProperty({ description: 'The outcome of the resolution as it stands (after any review)' })
  readonly byOutcome!: OutcomeCounts;
  @ApiProperty()
  readonly volumes!: CaseVolumes;
}

export class CaseStatisticsResponse {
  @ApiProperty()
  readonly period!: StatisticsPeriod;
  @ApiProperty()
  readonly statistics!: AuthorityStatisticsResponse;
}
