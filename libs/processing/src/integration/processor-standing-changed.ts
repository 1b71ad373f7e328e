/**
 * A processor was registered, suspended or reinstated. Whether it is authorised at a time T also
 * depends on its validity, which lapses without an event: compare T with `validity`.
 */
export interface ProcessorStandingChangedV1 {
  readonly type: 'ProcessorStandingChanged';
  readonly version: 1;
  readonly data: {
    readonly facilityId: string;
    readonly holderTaxId: string;
    readonly kind: 'sawmill' | 'transformation_centre' | 'depot' | 'furniture_maker' | 'export_yard';
    readonly standing: 'authorised' | 'suspended';
    /** ISO-8601 dates or date-times; a date alone covers that whole day in Peru time. */
    readonly validity: { readonly from: string; readonly until: string };
    readonly authority: string;
    readonly reason?: string;
    /** When the standing took effect. */
    readonly at: string;
  };
}
