import type { Measure, Volume } from '#shared-kernel';

export type ProcessorKind = 'sawmill' | 'transformation_centre' | 'depot' | 'furniture_maker' | 'export_yard';

/** Forms timber takes between the forest and export; the same names as the yield catalogue's products. */
export type TimberProduct = 'roundwood' | 'sawn_wood' | 'sliced_veneer' | 'rotary_veneer';

/** What a facility receives: timber, or a non-timber forest product traded by weight (tara pods), which no yield coefficient covers. */
export type ProductType = TimberProduct | 'non_timber';

/** A non-timber product is kept in kg, timber in m³. */
export function measureOfProduct(productType: ProductType): Measure {
  return productType === 'non_timber' ? 'weight' : 'volume';
}

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
  readonly inputProduct: TimberProduct;
  readonly outputProduct: TimberProduct;
  /** Output volume per input volume, in (0, 1]. */
  readonly maxYield: number;
  /** The catalogue awaits its confirmation: output over it is an observation, never alone a refusal. */
  readonly unconfirmed?: true;
}
