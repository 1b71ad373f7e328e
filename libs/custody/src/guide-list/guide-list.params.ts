import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { LOCAL_ID, LOCAL_ID_RULE, TAX_ID, TAX_ID_RULE } from '../dtos/identifiers.js';
import type { GuideListStatus } from './guide-list.projection.js';

const STATUSES: readonly GuideListStatus[] = ['open', 'delivered', 'annulled', 'expired'];

export class GuideListParams {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  readonly status?: GuideListStatus;

  @ApiPropertyOptional({ example: '20123456789', description: "The holder's RUC; a permit holder's own by default (and only)" })
  @IsOptional()
  @Matches(TAX_ID, { message: `holderTaxId must be ${TAX_ID_RULE}` })
  readonly holderTaxId?: string;

  @ApiPropertyOptional({ example: 'CTP-UCA-014', description: "The destination facility; a processor's own only" })
  @IsOptional()
  @Matches(LOCAL_ID, { message: `destinationFacilityId must be ${LOCAL_ID_RULE}` })
  readonly destinationFacilityId?: string;

  @ApiPropertyOptional({ example: 'UC-CFB-K010', description: "A checkpoint of the trajectory; a checkpoint operator's own only" })
  @IsOptional()
  @Matches(LOCAL_ID, { message: `checkpoint must be ${LOCAL_ID_RULE}` })
  readonly checkpoint?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100, description: 'Most recently changed first' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  readonly limit?: number;
}
