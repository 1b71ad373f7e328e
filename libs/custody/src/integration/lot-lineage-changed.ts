import type { Quantity } from '#shared-kernel';

/** Volume (or weight) of one lot that went into another. */
export interface LineageEdgeV1 {
  readonly lotId: string;
  /** In m³, or in kg between lots traded by weight. */
  readonly volume: Quantity;
}

/**
 * A lot's lineage one level up and down, as it stands after the change: published when a lot is
 * made from parents (product, split child, merge) and when it gives volume to children (split, merge).
 */
export interface LotLineageChangedV1 {
  readonly type: 'LotLineageChanged';
  readonly version: 1;
  readonly data: {
    readonly lotId: string;
    readonly parents: readonly LineageEdgeV1[];
    readonly children: readonly LineageEdgeV1[];
    /** Set when a transformation made the lot. */
    readonly transformationId?: string;
    readonly at: string;
  };
}
