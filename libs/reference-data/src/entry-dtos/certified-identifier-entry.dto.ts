import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { EntryAnnotationsDto } from './entry-annotations.dto.js';

export class CertifiedIdentifierEntryDto extends EntryAnnotationsDto {
  @ApiProperty({ example: 'SERFOR-IDM-2025-0001', maxLength: 60, description: 'As the certificate reads; compared ignoring case and surrounding spaces' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  certificateNumber!: string;

  @ApiProperty({ example: 'Ejemplo Identificadora Uno', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'SERFOR', maxLength: 200, description: 'The body that certified the person' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  certifyingBody!: string;

  @ApiProperty({ example: '2025-01-01', pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10, description: 'First day of validity (Peru), included' })
  @IsString()
  @MaxLength(10)
  validFrom!: string;

  @ApiProperty({ example: '2027-12-31', pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10, description: 'Last day of validity (Peru), included' })
  @IsString()
  @MaxLength(10)
  validUntil!: string;
}
