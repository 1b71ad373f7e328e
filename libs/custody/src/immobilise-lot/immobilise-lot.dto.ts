import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CASE_REF, CASE_REF_RULE } from '../dtos/case-ref.js';
import { LOCAL_ID, LOCAL_ID_RULE } from '../dtos/identifiers.js';

export class ImmobiliseLotDto {
  @ApiProperty({ example: 'INF-2026-0042', description: 'The infraction case that holds the lot' })
  @Matches(CASE_REF, { message: `caseRef must be ${CASE_REF_RULE}` })
  readonly caseRef!: string;

  @ApiProperty({ example: 'species on the truck differs from the guide' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  readonly reason!: string;

  @ApiPropertyOptional({ example: 'UC-CFB-K060', description: 'The checkpoint, when the load was stopped on the road' })
  @IsOptional()
  @Matches(LOCAL_ID, { message: `checkpoint must be ${LOCAL_ID_RULE}` })
  readonly checkpoint?: string;
}
