import type { Position, Quantity } from '#shared-kernel';

export type GuideOriginV1 = { readonly kind: 'permit'; readonly permitId: string; readonly planId: string } | { readonly kind: 'processor'; readonly processorId: string };

export interface TrajectoryCheckpointV1 {
  readonly code: string;
  /** [longitude, latitude]. */
  readonly position: Position;
  readonly mandatory: boolean;
  /** Minutes after issue. */
  readonly earliestArrivalMinutes: number;
  readonly latestArrivalMinutes: number;
}

/** A registered guide: harvest counts its volume per species as moved from the plan. */
export interface GuideIssuedV1 {
  readonly type: 'GuideIssued';
  readonly version: 1;
  readonly data: {
    readonly guideNumber: string;
    readonly registrationNumber: string;
    readonly authority: string;
    readonly issuerTaxId: string;
    readonly holderTaxId: string;
    readonly origin: GuideOriginV1;
    /** Per species of the lots carried (a line may name only the genus) and measure, lines of one species summed: in m³, or in kg for a product traded by weight. */
    readonly species: readonly { readonly species: string; readonly volume: Quantity }[];
    readonly lots: readonly string[];
    readonly destination: {
      readonly facilityId: string;
      readonly consigneeTaxId: string;
      readonly consigneeKind: 'processor' | 'depot' | 'exporter';
    };
    readonly trajectory: {
      readonly checkpoints: readonly TrajectoryCheckpointV1[];
      /** Absent when scans use the configured width. */
      readonly corridorWidthKm?: number;
    };
    readonly issuedAt: string;
    readonly expiresAt: string;
  };
}
