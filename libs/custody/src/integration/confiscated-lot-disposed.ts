/** Confiscated timber auctioned or donated: the lot is free again under its recipient, and certificates can tell it came from a confiscation. */
export interface ConfiscatedLotDisposedV1 {
  readonly type: 'ConfiscatedLotDisposed';
  readonly version: 1;
  readonly data: {
    readonly lotId: string;
    readonly caseRef: string;
    readonly authority: string;
    readonly method: 'auction' | 'donation';
    /** The buyer's or beneficiary's RUC or DNI. */
    readonly recipientTaxId: string;
    readonly at: string;
  };
}
