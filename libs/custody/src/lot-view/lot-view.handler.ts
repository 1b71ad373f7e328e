import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Role } from '#auth';
import { EVENT_STORE } from '#event-store';
import { liveView } from '#projections';
import type { StreamStore } from '#shared-kernel';
import { assertMayRead, party } from '../read-access.js';
import { LotViewQuery } from './lot-view.query.js';
import { guidesDeliveredUnder, lotParties, type LotView, lotView } from './lot-view.js';
import { guideStream } from '../domain/guide.decider.js';
import { lotStream } from '../domain/lot.decider.js';
import { UnknownLot } from '../domain/lot.errors.js';

/** Live: folded from the lot's stream on each read, so the answer includes the caller's last command. */
export const LOT_VIEW = liveView('custody_lot', lotStream.streamId('*'));

@QueryHandler(LotViewQuery)
export class LotViewHandler implements IQueryHandler<LotViewQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: StreamStore) {}

  async execute({ lotId, actor }: LotViewQuery): Promise<LotView> {
    const history = await lotStream.read(this.store, lotId);
    const view = lotView(history);
    if (!view) throw new UnknownLot(lotId);
    const parties = actor.role === Role.Exporter ? [...lotParties(history), ...(await this.consignedExporters(history))] : lotParties(history);
    assertMayRead(actor, parties, `lot ${lotId}`);
    return view;
  }

  private async consignedExporters(history: Parameters<typeof guidesDeliveredUnder>[0]): Promise<string[]> {
    const guides = await Promise.all(guidesDeliveredUnder(history).map((guideNumber) => guideStream.load(this.store, guideNumber)));
    return guides.flatMap(({ issued }) => (issued?.consignee.kind === 'exporter' ? [party(Role.Exporter, issued.consignee.taxId)] : []));
  }
}
