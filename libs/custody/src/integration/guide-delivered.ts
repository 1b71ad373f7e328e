/** The load arrived at the guide's destination facility; the guide is closed. */
export interface GuideDeliveredV1 {
  readonly type: 'GuideDelivered';
  readonly version: 1;
  readonly data: {
    readonly guideNumber: string;
    readonly facilityId: string;
    readonly lots: readonly string[];
    readonly at: string;
  };
}
