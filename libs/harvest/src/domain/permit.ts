import type { GeoPoint, GeoPolygon, Quantity } from '#shared-kernel';

/** The kinds of "título habilitante" a permit may be. */
export const PERMIT_KINDS = [
  'concession',
  'permit',
  'authorisation',
  'local_forest',
  'clearing',
  'change_of_use',
  'plantation',
  'consolidated_plan',
  'other',
] as const;
export type PermitKind = (typeof PERMIT_KINDS)[number];

export type PermitStatus = 'active' | 'suspended' | 'cancelled';

/** Calendar dates (`YYYY-MM-DD`), both days included. */
export interface Validity {
  readonly from: string;
  readonly to: string;
}

/** A plot as EUDR wants it: a point with at least six decimals, or a polygon for plots over 4 ha. */
export type Geolocation = GeoPoint | GeoPolygon;

/** What a harvest plan authorises for one species. */
export interface SpeciesAuthorisation {
  /** Scientific name. */
  readonly species: string;
  /** A volume for timber, a weight for a product traded by weight; kept in the measure's base unit (m³ or kg). */
  readonly authorised: Quantity;
  readonly minimumCuttingDiameterCm?: number;
}

/** What a guide carries of one species: a volume, or a weight for a product traded by weight (the field keeps its name). */
export interface SpeciesVolume {
  /** Scientific name. */
  readonly species: string;
  readonly volume: Quantity;
}
