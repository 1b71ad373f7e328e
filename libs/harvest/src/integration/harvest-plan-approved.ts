import type { Quantity } from '#shared-kernel';

export interface HarvestPlanApprovedV1 {
  readonly type: 'HarvestPlanApproved';
  readonly version: 1;
  readonly data: {
    readonly permitId: string;
    readonly planId: string;
    /** Calendar dates (`YYYY-MM-DD`), both days included. */
    readonly validity: { readonly from: string; readonly to: string };
    readonly species: readonly {
      /** Scientific name. */
      readonly species: string;
      /** In m³, or in kg for a product traded by weight. */
      readonly authorised: Quantity;
      readonly minimumCuttingDiameterCm?: number;
    }[];
  };
}
