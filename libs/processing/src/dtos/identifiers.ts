import type { ProcessorKind, ProductType, TimberProduct } from '../domain/processor.js';

// Ids travel in URLs and stream names: visible characters only.

/** Facility, lot and transformation ids. */
export const LOCAL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export const LOCAL_ID_RULE = 'letters, digits and . _ -, at most 100, starting with a letter or digit';

/** A RUC. */
export const TAX_ID = /^\d{11}$/;

export const PROCESSOR_KINDS = ['sawmill', 'transformation_centre', 'depot', 'furniture_maker', 'export_yard'] as const satisfies readonly ProcessorKind[];

/** What a transformation makes: timber only, since no yield coefficient covers a product traded by weight. */
export const PRODUCT_TYPES = ['roundwood', 'sawn_wood', 'sliced_veneer', 'rotary_veneer'] as const satisfies readonly TimberProduct[];

/** What a facility receives and holds: timber, and non-timber products traded by weight. */
export const RECEIVED_PRODUCT_TYPES = [...PRODUCT_TYPES, 'non_timber'] as const satisfies readonly ProductType[];
