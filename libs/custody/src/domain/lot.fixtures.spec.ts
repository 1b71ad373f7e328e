import { cubicMetres } from '#shared-kernel';
import type { LotLineage, LotPlace } from './lot.js';
import type { LotCommand } from './lot.commands.js';
import type { LotEvent } from './lot.events.js';

// Shared by the lot specs: one cedro lot extracted by a holder, and the facts that move it.

export const LOT = 'LOT-0001';
export const HOLDER = '20123456789';
export const SAWMILL = 'CTP-PUC-014';
export const GUIDE = 'GTF-2026-000123';
export const AT = '2026-05-02T08:00:00-05:00';
export const YARD: LotPlace = { kind: 'holder', holderTaxId: HOLDER };
export const AT_SAWMILL: LotPlace = { kind: 'facility', facilityId: SAWMILL };

export const extracted: LotEvent = {
  type: 'LotExtracted',
  data: {
    lotId: LOT,
    permitId: '25-UCA/C-J-001-02',
    planId: 'POA-6',
    holderTaxId: HOLDER,
    species: 'Cedrela odorata',
    productType: 'roundwood',
    volume: cubicMetres(12.5),
    pieces: 8,
    harvestDate: '2026-04-20',
    geolocation: { type: 'Point', coordinates: [-74.553889, -8.379167] },
  },
};

export const dispatched = (guideNumber = GUIDE, volume = 12.5): LotEvent => ({
  type: 'LotDispatched',
  data: { lotId: LOT, guideNumber, species: 'Cedrela odorata', productType: 'roundwood', volume: cubicMetres(volume), from: YARD, at: AT },
});

export const delivered = (guideNumber = GUIDE, facilityId = SAWMILL, volume = 12.5): LotEvent => ({
  type: 'LotDelivered',
  data: { lotId: LOT, guideNumber, facilityId, species: 'Cedrela odorata', productType: 'roundwood', volume: cubicMetres(volume), at: AT },
});

export const immobilised = (caseRef = 'INF-2026-0042'): LotEvent => ({
  type: 'LotImmobilised',
  data: { lotId: LOT, caseRef, reason: 'species on the truck differs from the guide', authority: 'ATFFS-UCAYALI', checkpoint: 'UC-CFB-K086', volume: cubicMetres(12.5), at: AT },
});

export const confiscated = (caseRef = 'INF-2026-0042'): LotEvent => ({
  type: 'LotConfiscated',
  data: { lotId: LOT, caseRef, authority: 'ATFFS-UCAYALI', species: 'Cedrela odorata', volume: cubicMetres(12.5), at: AT },
});

/** The product lot a transformation of the lot made. */
export const productOf = (transformationId: string): string => `LOT-${transformationId}-P1`;

export const consumed = (volume: number, remaining: number, transformationId = 'TR-1'): LotEvent => ({
  type: 'LotConsumed',
  data: {
    lotId: LOT,
    transformationId,
    facilityId: SAWMILL,
    volume: cubicMetres(volume),
    remaining: cubicMetres(remaining),
    products: [{ lotId: productOf(transformationId), volume: cubicMetres(volume) }],
    at: AT,
  },
});

/** A split of the extracted lot, which had no lineage before it unless `lineage` says otherwise. */
export const split = (children: readonly [string, number][], remaining: number, place: LotPlace = YARD, lineage?: LotLineage): LotEvent => {
  const shares = children.map(([lotId, volume]) => ({ lotId, volume: cubicMetres(volume) }));
  return {
    type: 'LotSplit',
    data: { lotId: LOT, children: shares, species: 'Cedrela odorata', productType: 'roundwood', place, remaining: cubicMetres(remaining), lineage: lineage ?? { parents: [], children: shares }, at: AT },
  };
};

/** The extracted lot giving volume to a merge target, its first child unless `lineage` says otherwise. */
export const mergedInto = (targetLotId: string, volume: number, remaining: number, lineage?: LotLineage): LotEvent => ({
  type: 'LotMergedInto',
  data: {
    lotId: LOT,
    targetLotId,
    volume: cubicMetres(volume),
    remaining: cubicMetres(remaining),
    lineage: lineage ?? { parents: [], children: [{ lotId: targetLotId, volume: cubicMetres(volume) }] },
    at: AT,
  },
});

export const dispatch = (guideNumber = GUIDE): LotCommand => ({ type: 'DispatchLot', data: { guideNumber, at: AT } });

export const consume = (volume: number, facilityId = SAWMILL, transformationId = 'TR-1'): LotCommand => ({
  type: 'ConsumeLot',
  data: { transformationId, facilityId, volume: cubicMetres(volume), products: [{ lotId: productOf(transformationId), volume: cubicMetres(volume) }], at: AT },
});

/** The lot at the sawmill, delivered under the guide. */
export const atSawmill: readonly LotEvent[] = [extracted, dispatched(), delivered()];
