import { describe, expect, it } from '@jest/globals';
import type { GuideRecord, LineageView, LotRecord } from './lineage.js';
import { exportersOf } from './lot-owner.js';

const EXPORTER = '20555666777';
const OTHER_EXPORTER = '20444333222';
const SAWMILL = '20600011122';

function lot(lotId: string, fields: Partial<LotRecord> = {}): LotRecord {
  return { kind: 'lot', lotId, madeVolume: 0, volume: 0, parents: [], children: [], guides: [], cases: [], holds: [], ...fields };
}

function guide(guideNumber: string, consigneeTaxId: string, consigneeKind: 'processor' | 'depot' | 'exporter', deliveredAt?: string): GuideRecord {
  return {
    kind: 'guide',
    guideNumber,
    issuerTaxId: SAWMILL,
    holderTaxId: SAWMILL,
    lots: [],
    destination: { facilityId: `YARD-${consigneeTaxId}`, consigneeTaxId, consigneeKind },
    issuedAt: '2026-05-10T06:00:00-05:00',
    ...(deliveredAt === undefined ? {} : { deliveredAt }),
    flags: [],
  };
}

// Boards sawn at a sawmill (T-1), carried to the exporter's yard in Callao and split there; one part later planed (T-2).
const log = lot('L-1', { productType: 'roundwood', guides: ['GTF-1'], children: [{ lotId: 'S-1', volume: 10 }] });
const boards = lot('S-1', { productType: 'sawn_wood', transformationId: 'T-1', parents: [{ lotId: 'L-1', volume: 10 }], guides: ['GTF-2'], children: [{ lotId: 'C-1', volume: 4 }] });
const splitChild = lot('C-1', { parents: [{ lotId: 'S-1', volume: 4 }], children: [{ lotId: 'P-1', volume: 4 }] });
const product = lot('P-1', { productType: 'sawn_wood', transformationId: 'T-2', parents: [{ lotId: 'C-1', volume: 4 }] });

const toSawmill = guide('GTF-1', SAWMILL, 'processor', '2026-05-05T15:00:00-05:00');
const toExporter = guide('GTF-2', EXPORTER, 'exporter', '2026-05-11T18:00:00-05:00');

function view(self: LotRecord, ancestors: readonly LotRecord[], guides: readonly GuideRecord[] = [toSawmill, toExporter]): LineageView {
  return {
    lot: self,
    ancestors: ancestors.map((ancestor, index) => ({ lot: ancestor, depth: index + 1 })),
    permits: [],
    plans: [],
    guides,
    cases: [],
    transformations: [],
    parties: [],
  };
}

describe('the exporters a lot belongs to', () => {
  it('the exporter a guide consigned to it delivered it to', () => {
    expect([...exportersOf(view(boards, [log]))]).toEqual([EXPORTER]);
  });

  it('a lot split from it at the yard is the exporter’s too', () => {
    expect([...exportersOf(view(splitChild, [boards, log]))]).toEqual([EXPORTER]);
  });

  it('a lot merged at the yard from lots split from it is the exporter’s too, however many levels down', () => {
    const sibling = lot('C-2', { parents: [{ lotId: 'S-1', volume: 3 }], children: [{ lotId: 'M-1', volume: 3 }] });
    const merged = lot('M-1', {
      parents: [
        { lotId: 'C-1', volume: 4 },
        { lotId: 'C-2', volume: 3 },
      ],
    });
    expect([...exportersOf(view(merged, [{ ...splitChild, children: [{ lotId: 'M-1', volume: 4 }] }, sibling, boards, log]))]).toEqual([EXPORTER]);
  });

  it('a product made from it since is the processor’s, not the exporter’s', () => {
    expect([...exportersOf(view(product, [splitChild, boards, log]))]).toEqual([]);
  });

  it('a product delivered to an exporter under its own guide is that exporter’s', () => {
    const shipped = { ...product, guides: ['GTF-3'] };
    const guides = [toSawmill, toExporter, guide('GTF-3', OTHER_EXPORTER, 'exporter', '2026-05-20T10:00:00-05:00')];
    expect([...exportersOf(view(shipped, [splitChild, boards, log], guides))]).toEqual([OTHER_EXPORTER]);
  });

  it('no one while the guide to the exporter is not delivered yet', () => {
    const onTheRoad = guide('GTF-2', EXPORTER, 'exporter');
    expect([...exportersOf(view(boards, [log], [toSawmill, onTheRoad]))]).toEqual([]);
    expect([...exportersOf(view(splitChild, [boards, log], [toSawmill, onTheRoad]))]).toEqual([]);
  });

  it('no exporter for timber delivered to a processor or a depot', () => {
    expect([...exportersOf(view(log, []))]).toEqual([]);
    const toDepot = guide('GTF-2', EXPORTER, 'depot', '2026-05-11T18:00:00-05:00');
    expect([...exportersOf(view(boards, [log], [toSawmill, toDepot]))]).toEqual([]);
  });
});
