import type { Quantity } from '#shared-kernel';

/** A guide custody issued could not be counted against its permit's plan: a sign of paper volume, for the sanctions context. */
export interface GuideNotCountedV1 {
  readonly type: 'GuideNotCounted';
  readonly version: 1;
  readonly data: {
    readonly permitId: string;
    readonly planId: string;
    readonly guideNumber: string;
    /** The load per species, as the guide declared it: volumes, or kg for a product traded by weight. */
    readonly lines: readonly { readonly species: string; readonly volume: Quantity }[];
    /** Why: the refusal's code (`moved_beyond_extracted`, `moved_beyond_authorised`, `guide_number_reused`, …), message and details. */
    readonly refusal: { readonly kind: string; readonly error: string; readonly message: string; readonly details: Readonly<Record<string, unknown>> };
  };
}
