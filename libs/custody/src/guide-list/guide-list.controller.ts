import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { assertActs, type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import type { ReadModel } from '#projections';
import { party } from '../read-access.js';
import type { GuideListRow } from './guide-list.projection.js';
import { GuideListQuery } from './guide-list.query.js';

/** Injection token of the guide list read model. */
export const GUIDE_LIST = Symbol('GuideList');

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

/** The filter each role may narrow to its own organisation only. */
const OWN_FILTER: Partial<Record<string, keyof GuideListQuery>> = {
  [Role.PermitHolder]: 'holderTaxId',
  [Role.Processor]: 'destinationFacilityId',
  [Role.CheckpointOperator]: 'checkpoint',
};

/** Async: a list crosses every guide's stream, so it reads a projection (eventually consistent, milliseconds behind). */
@ApiTags('guides')
@Controller('guides')
@Roles(Role.Regulator, Role.PermitHolder, Role.Processor, Role.CheckpointOperator, Role.Exporter)
export class GuideListController {
  constructor(@Inject(GUIDE_LIST) private readonly guides: ReadModel<GuideListRow>) {}

  @Get()
  @ApiOperation({
    summary: 'Guides, filtered by status, holder, destination or checkpoint: regulators any, everyone else the guides that concern them',
    description:
      "A permit holder lists the guides naming its RUC, a processor those from or to its facility, a checkpoint operator those past its checkpoint, an exporter those consigned to it. Naming another organisation in one's own filter (`holderTaxId`, `destinationFacilityId`, `checkpoint`) is refused with 403 `not_acting_for`. Eventually consistent with commands (milliseconds).",
  })
  @ApiOkResponse({ type: GuideListResponse })
  async list(@Query() query: GuideListQuery, @CurrentActor() actor: AuthenticatedActor): Promise<GuideListResponse> {
    const own = OWN_FILTER[actor.role];
    const named = own === undefined ? undefined : query[own];
    if (named !== undefined && typeof named === 'string') assertActs(actor, { role: actor.role, organisation: named }, 'list guides of');
    const filter = {
      status: query.status,
      holderTaxId: query.holderTaxId,
      destinationFacilityId: query.destinationFacilityId,
      checkpoints: query.checkpoint === undefined ? undefined : [query.checkpoint],
      parties: actor.role === Role.Regulator ? undefined : [party(actor.role, actor.organisation)],
    };
    const containing = Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
    const rows = await this.guides.rows.find(containing, query.limit ?? 100);
    return { guides: rows.map(({ parties: _parties, expiresAtUtc: _utc, ...row }) => row) };
  }
}
