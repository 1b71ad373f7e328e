import type { ScanAnswer } from '../scan-shipment/scan-answer.js';

export interface ScanRefusal {
  readonly error: string;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** Per scan, at its index in the request: its verdict, or why it was refused. */
export type BatchItemAnswer =
  | { readonly index: number; readonly path: string; readonly outcome: 'judged'; readonly scan: ScanAnswer }
  | { readonly index: number; readonly path: string; readonly outcome: 'refused'; readonly refusal: ScanRefusal };

export interface ScanBatchAnswer {
  readonly checkpoint: string;
  readonly results: readonly BatchItemAnswer[];
}
