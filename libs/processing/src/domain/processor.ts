import type { Volume } from '#shared-kernel';

export type ProcessorKind = 'sawmill' | 'transformation_centre' | 'depot' | 'furniture_maker' | 'export_yard';

/** Forms timber takes between the forest and export; the same names as the yield catalogue's products. */
export type ProductType = 'roundwood' | 'sawn_wood' | 'sliced_veneer' | 'rotary_veneer';

/** ISO-8601 dates or date-times; a date alone covers that whole day in Peru time. */
export interface Validity {
  readonly from: string;
  readonly until: string;
}

/** Volume of one lot that went into another: an edge of the lineage graph. */
export interface LotShare {
  readonly lotId: string;
  readonly volume: Volume;
}

/**
 * The most output a unit of input may yield, from the yield catalogue in force when the transformation
 * happened. `species` is a scientific name, a genus or `*` for every species: the most specific applies.
 */
export interface YieldFact {
  readonly species: string;
  readonly inputProduct: ProductType;
  readonly outputProduct: ProductType;
  /** Output volume per input volume, in (0, 1]. */
  readonly maxYield: number;
}
