import type { GeoPoint, GeoPolygon, Quantity } from '#shared-kernel';

/** A lot was extracted within a plan's quota, area and validity; custody starts the lot's life from it. */
export interface LotExtractedV1 {
  readonly type: 'LotExtracted';
  readonly version: 1;
  readonly data: {
    readonly lotId: string;
    readonly permitId: string;
    readonly planId: string;
    /** The permit holder's RUC. */
    readonly holderTaxId: string;
    /** Scientific name, as the plan spells it. */
    readonly species: string;
    /** In m³, or in kg (`{ value, unit: 'kg' }`) for a product traded by weight. */
    readonly volume: Quantity;
    readonly pieces: number;
    /** Calendar date (`YYYY-MM-DD`). */
    readonly harvestDate: string;
    /** A point with at least six decimals, or a polygon. */
    readonly geolocation: GeoPoint | GeoPolygon;
  };
}
