import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CertifiedIdentifier, IdentificationReport } from '../domain/case.identification-report.js';

export class CertifiedIdentifierResponse implements CertifiedIdentifier {
  @ApiProperty({ example: 'EJEMPLO-IDM-0001' })
  readonly certificateNumber!: string;
  @ApiProperty({ example: 'Ejemplo Identificadora Uno' })
  readonly name!: string;
  @ApiProperty({ example: 'Ejemplo Entidad Certificadora' })
  readonly certifyingBody!: string;
  @ApiProperty({ example: '2025-01-01' })
  readonly validFrom!: string;
  @ApiProperty({ example: '2030-12-31' })
  readonly validUntil!: string;
}

/** A report as the case records it. */
export class IdentificationReportResponse implements IdentificationReport {
  @ApiProperty()
  readonly caseId!: string;
  @ApiPropertyOptional({ example: 'LOT-2026-000123' })
  readonly lot?: string;
  @ApiProperty({ example: 'T-07' })
  readonly piece!: string;
  @ApiProperty({ example: 'Cedrela odorata', description: 'As the species catalogue in force on the day names it' })
  readonly species!: string;
  @ApiProperty({ example: 'EJEMPLO-IDM-0001', description: 'As the report gives it' })
  readonly certificateNumber!: string;
  @ApiPropertyOptional({ type: CertifiedIdentifierResponse, description: 'The register\'s entry, as the register in force on the day had it; absent when it did not hold the certificate' })
  readonly identifier?: CertifiedIdentifier;
  @ApiProperty({ description: 'The register held the certificate and it covered the day of the identification (Peru date)' })
  readonly certificateValid!: boolean;
  @ApiProperty({ example: '2026-05-10T18:30:00-05:00' })
  readonly identifiedAt!: string;
  @ApiProperty({ example: 'inspector-arffs-ucayali-02', description: 'The regulator who added the report to the case' })
  readonly reportedBy!: string;
  @ApiPropertyOptional({ example: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  readonly document?: string;
  @ApiProperty({ example: '2026-05-11T09:00:00.000Z', description: 'When it was added to the case' })
  readonly at!: string;
}
