import type { Quantity } from '#shared-kernel';

/** Forms timber takes between the forest and export, as the yield catalogue names them, and non-timber forest products (traded by weight). */
export type ProductTypeV1 = 'roundwood' | 'sawn_wood' | 'sliced_veneer' | 'rotary_veneer' | 'non_timber';

/** A lot arrived at its consignee under a guide; processing takes it into the facility's inventory. */
export interface LotDeliveredV1 {
  readonly type: 'LotDelivered';
  readonly version: 1;
  readonly data: {
    readonly lotId: string;
    readonly guideNumber: string;
    readonly facilityId: string;
    /** Scientific name. */
    readonly species: string;
    readonly productType: ProductTypeV1;
    /** In m³, or in kg for a `non_timber` lot. */
    readonly volume: Quantity;
    /** When it arrived (ISO-8601). */
    readonly at: string;
  };
}
