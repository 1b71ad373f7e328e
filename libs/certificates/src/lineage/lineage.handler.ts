import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '#auth';
import { assertMayReadLot, LotNotFound } from '../certificate-access.js';
import { type LotRecord, measureOfLot } from '../domain/lineage.js';
import { LINEAGE, type Lineage } from './lineage.port.js';
import type { LineageLot, LineageResponse } from './lineage.response.js';

export class LineageQuery extends Query<LineageResponse> {
  constructor(
    readonly lotId: string,
    readonly actor: AuthenticatedActor,
  ) {
    super();
  }
}

/** Async: the lineage read model, milliseconds behind the facts. */
@QueryHandler(LineageQuery)
export class LineageHandler implements IQueryHandler<LineageQuery> {
  constructor(@Inject(LINEAGE) private readonly lineage: Lineage) {}

  async execute({ lotId, actor }: LineageQuery): Promise<LineageResponse> {
    const view = await this.lineage.view(lotId);
    if (!view) throw new LotNotFound(lotId);
    assertMayReadLot(actor, view);
    const descendants = await this.lineage.descendants(lotId);
    return {
      lot: lineageLot(view.lot, 0),
      ancestors: view.ancestors.map(({ lot, depth, share }) => ({
        ...lineageLot(lot, depth),
        ...(share === undefined ? {} : { share: Math.round(share * 1e6) / 1e6, ...flowed(lot, Math.round(share * lot.volume * 1e6) / 1e6) }),
      })),
      descendants: descendants.map(({ lot, depth }) => lineageLot(lot, depth)),
    };
  }
}

function lineageLot(lot: LotRecord, depth: number): LineageLot {
  const { lotId, species, productType, volume, origin, transformationId } = lot;
  const held = measureOfLot(lot) === 'weight' ? { volumeKg: volume } : { volumeM3: volume };
  return { lotId, ...(species === undefined ? {} : { species }), ...(productType === undefined ? {} : { productType }), ...held, depth, ...(origin ? { origin } : {}), ...(transformationId === undefined ? {} : { transformationId }) };
}

/** In the ancestor's own unit: kg of a product traded by weight, never in the m³ field. */
function flowed(lot: LotRecord, amount: number): { readonly flowedM3: number } | { readonly flowedKg: number } {
  return measureOfLot(lot) === 'weight' ? { flowedKg: amount } : { flowedM3: amount };
}
