import type { Quantity } from '#shared-kernel';
import type { SeizureBasis } from './lot.js';
import type { SeizedPiece } from './piece-list.js';

/** Timber a scan found beyond what the guide covers, as observed: it becomes a lot of unproven origin. */
export interface UndeclaredTimber {
  readonly species: string;
  readonly pieces: number;
  /** In its measure's base unit: m³, or kg for a product traded by weight. */
  readonly volume: Quantity;
  readonly basis: SeizureBasis;
  /** With basis `pieces_not_listed`: the pieces seized by their codes. */
  readonly seizedPieces?: readonly SeizedPiece[];
}
