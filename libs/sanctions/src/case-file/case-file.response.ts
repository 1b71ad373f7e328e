import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import type { Actor } from '#shared-kernel';
import type { CaseSource, CaseStatus, Finding, ScanFindingsWithdrawal, Subject } from '../domain/case.js';
import type { SpeciesDispute } from '../domain/case.identification.js';
import type { IdentificationReport } from '../domain/case.identification-report.js';
import type { Charges, Resolution, Review } from '../domain/case.state.js';
import { IdentificationReportResponse } from '../identification-report/identification-report.response.js';

/** One step of the case as recorded: what, when it happened, who did it. */
export class CaseHistoryEntry {
  @ApiProperty({ example: 'ChargesNotified' })
  readonly type!: string;
  @ApiProperty({ example: '2026-05-04T10:00:00-05:00' })
  readonly at!: string;
  @ApiProperty()
  readonly actor!: Actor;
  @ApiProperty()
  readonly data!: unknown;
}

/** A conduct the catalogue charges some of the case's findings as. */
export class SuggestedConduct {
  @ApiProperty({ example: 'INF-2021-02' })
  readonly code!: string;
  @ApiProperty()
  readonly conduct!: string;
  @ApiProperty({ example: 'muy_grave' })
  readonly class!: string;
  @ApiProperty({ example: ['SPECIES_MATCH'], description: 'The findings charged as it' })
  readonly rules!: readonly string[];
}

/** The whole case file: where it stands, every finding, every step with its actor. */
export class CaseFileResponse {
  @ApiProperty()
  readonly caseId!: string;
  @ApiProperty({ example: 'ARFFS-UCAYALI' })
  readonly authority!: string;
  @ApiProperty({ example: 'charged' })
  readonly status!: CaseStatus;
  @ApiProperty()
  readonly sources!: readonly CaseSource[];
  @ApiProperty()
  readonly subject!: Subject;
  @ApiProperty()
  readonly lots!: readonly string[];
  @ApiProperty()
  readonly findings!: readonly Finding[];
  @ApiPropertyOptional({
    description: "Scans whose findings custody withdrew once a scan observed before them, recorded later, completed the trip: the scan, the late scan (`revisedBy`), the scan's verdict now, when",
  })
  readonly withdrawnScans?: readonly Omit<ScanFindingsWithdrawal, 'caseId'>[];
  @ApiPropertyOptional()
  readonly charges?: Charges;
  @ApiProperty({ description: 'Defences submitted: 1 after the charges, 2 after the final report' })
  readonly defences!: number;
  @ApiPropertyOptional({ description: "The resolution: its fine with the whole breakdown (every input and figure), the lots confiscated, a disqualification's period" })
  readonly resolution?: Resolution;
  @ApiPropertyOptional()
  readonly review?: Review;
  @ApiPropertyOptional({ description: 'Once the fine was paid: the receipt, the soles paid at the UIT of the year of payment, when' })
  readonly finePaid?: { readonly receipt: string; readonly amountSoles: string; readonly paidAt: string };
  @ApiProperty({ type: [SuggestedConduct], description: 'What the infraction catalogue in force at the facts charges the findings as, leaving out the findings of withdrawn scans' })
  readonly suggestedConducts!: readonly SuggestedConduct[];
  @ApiProperty({ type: [IdentificationReportResponse], description: 'Species identification reports, in the order recorded, each saying whether its certificate was valid that day' })
  readonly identificationReports!: readonly IdentificationReport[];
  @ApiPropertyOptional({
    description:
      'When a scan found species the guide does not declare: each such scan (`declared`, `observed`), every report with the side it bears out (`declared`, `observed`, `neither`), and `settled` once a validly certified identifier reported',
  })
  readonly speciesDispute?: SpeciesDispute;
  @ApiProperty({ type: [CaseHistoryEntry] })
  readonly history!: readonly CaseHistoryEntry[];
}

/** The case as a step leaves it: the file without its history and suggestions. */
export class CaseSummary extends OmitType(CaseFileResponse, ['history', 'suggestedConducts', 'identificationReports', 'speciesDispute'] as const) {}
