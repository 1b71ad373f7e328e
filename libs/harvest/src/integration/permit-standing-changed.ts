/** Published when a permit is registered (active) and at each suspension, reinstatement and cancellation. */
export interface PermitStandingChangedV1 {
  readonly type: 'PermitStandingChanged';
  readonly version: 1;
  readonly data: {
    readonly permitId: string;
    readonly status: 'active' | 'suspended' | 'cancelled';
    /** Why, as the authority gave it (e.g. OSINFOR's "caducidad"); `registered` when the permit was registered. */
    readonly reason: string;
    /** The authority that took the measure, or that granted the permit. */
    readonly authority: string;
    /** From when the standing holds (ISO-8601; a registration gives its validity's first day), so a scan is judged by the standing at its observation time. */
    readonly at: string;
  };
}
