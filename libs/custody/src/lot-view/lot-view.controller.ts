import { Controller, Get, Inject } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, Role, Roles } from '#auth';
import { EVENT_STORE } from '#event-store';
import { IdParam } from '#http';
import type { StreamStore } from '#shared-kernel';
import { loadGuideState } from '../guide-stream.js';
import { readLotHistory, UnknownLot } from '../lot-stream.js';
import { assertMayRead, party } from '../read-access.js';
import { guidesDeliveredUnder, lotParties, type LotView, lotView } from './lot-view.js';
import { LotViewResponse } from './lot-view.responses.js';

/** Live: folded from the lot's stream on each read, so the answer includes the caller's last command. */
@ApiTags('lots')
@Controller('lots')
@Roles(Role.Regulator, Role.PermitHolder, Role.Processor, Role.Exporter)
export class LotViewController {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  @Get(':lotId')
  @ApiOperation({
    summary: "A lot's current state (species, m³, status, place and keeper, guide), its lineage one level up and down, and every event of its stream with its actor",
    description:
      'Regulators read every lot; a permit holder the lots kept in its yard at any time; a processor the lots made at, delivered to, dispatched from or consumed at its facility; an exporter the lots delivered under a guide consigned to it. Anyone else: 403 `not_acting_for`.',
  })
  @ApiParam({ name: 'lotId', example: 'LOT-0001' })
  @ApiOkResponse({ type: LotViewResponse })
  @ApiForbiddenResponse({ description: '`not_acting_for`: the lot does not concern the caller' })
  @ApiNotFoundResponse({ description: '`lot_not_found`' })
  async lot(@IdParam('lotId') lotId: string, @CurrentActor() actor: AuthenticatedActor): Promise<LotView> {
    const history = await readLotHistory(this.store, lotId);
    const view = lotView(history);
    if (!view) throw new UnknownLot(lotId);
    const parties = actor.role === Role.Exporter ? [...lotParties(history), ...(await this.consignedExporters(history))] : lotParties(history);
    assertMayRead(actor, parties, `lot ${lotId}`);
    return view;
  }

  private async consignedExporters(history: Parameters<typeof guidesDeliveredUnder>[0]): Promise<string[]> {
    const guides = await Promise.all(guidesDeliveredUnder(history).map((guideNumber) => loadGuideState(this.store, guideNumber)));
    return guides.flatMap(({ issued }) => (issued?.consignee.kind === 'exporter' ? [party(Role.Exporter, issued.consignee.taxId)] : []));
  }
}
