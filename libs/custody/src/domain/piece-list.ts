import { cubicMetres, type Volume } from '#shared-kernel';

/** A log by its end diameters and length, any other product by its section and length; metres. */
export type PieceDimensions =
  | { readonly shape: 'log'; readonly largeEndDiameterM: number; readonly smallEndDiameterM: number; readonly lengthM: number }
  | { readonly shape: 'sawn'; readonly thicknessM: number; readonly widthM: number; readonly lengthM: number };

export const PIECE_SHAPES = ['log', 'sawn'] as const;
export type PieceShape = (typeof PIECE_SHAPES)[number];

/** One piece of a guide line's piece list ("lista de trozas"): its code, dimensions and the volume they give. */
export interface ListedPiece {
  readonly code: string;
  readonly dimensions: PieceDimensions;
  /** From the dimensions (`pieceM3`), in m³. */
  readonly volume: Volume;
}

/** A piece a checkpoint checked: its code, and the species and dimensions it found where it looked. */
export interface CheckedPiece {
  readonly code: string;
  readonly scientificName?: string;
  readonly dimensions?: PieceDimensions;
}

/** A piece seized by its code: as the checkpoint checked it, its species the lot's. */
export type SeizedPiece = Omit<CheckedPiece, 'scientificName'>;

/** Smalian for logs, V = 0.7854 × ((D + d) / 2)² × L; section × length for sawn pieces (domain.md). */
export function pieceM3(dimensions: PieceDimensions): number {
  if (dimensions.shape === 'sawn') return dimensions.thicknessM * dimensions.widthM * dimensions.lengthM;
  const meanDiameter = (dimensions.largeEndDiameterM + dimensions.smallEndDiameterM) / 2;
  return 0.7854 * meanDiameter ** 2 * dimensions.lengthM;
}

/** A piece as listed: its volume derived from its dimensions, to the litre. */
export function listedPiece(code: string, dimensions: PieceDimensions): ListedPiece {
  return { code, dimensions, volume: cubicMetres(Math.round(pieceM3(dimensions) * 1000) / 1000) };
}
