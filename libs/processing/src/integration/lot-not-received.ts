import type { Quantity } from '#shared-kernel';
import type { ProductTypeV1 } from './transformation-recorded.js';

/** Custody delivered a lot to a facility that could not take it in (not registered, not authorised at delivery, …): for the sanctions context. */
export interface LotNotReceivedV1 {
  readonly type: 'LotNotReceived';
  readonly version: 1;
  readonly data: {
    readonly facilityId: string;
    readonly lotId: string;
    readonly guideNumber: string;
    readonly species: string;
    /** `non_timber` for a product traded by weight. */
    readonly productType: ProductTypeV1 | 'non_timber';
    /** As custody delivered it: m³ (or board feet) of timber, kg of a non_timber product. */
    readonly volume: Quantity;
    /** When the lot was delivered. */
    readonly at: string;
    /** Why: the refusal's code (`processor_not_found`, `processor_not_authorised`, `lot_already_received`), message and details. */
    readonly refusal: { readonly kind: string; readonly error: string; readonly message: string; readonly details: Readonly<Record<string, unknown>> };
  };
}
