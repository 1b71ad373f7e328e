import { cubicMetres, roundVolume } from '#shared-kernel';
import type { ShipmentScanned } from './guide.events.js';
import { nameKey, tidyName } from './guide.names.js';
import type { UndeclaredTimber } from './undeclared-timber.js';
import { type CheckedPiece, listedPiece } from './piece-list.js';
import { observedLoad } from './scan-checks/load-matching.js';

/** The piece-code check's evidence (`checkPieceCodes`): the codes not listed, and the listed codes found to be another species. */
interface PieceCodeFindings {
  readonly undeclared?: readonly string[];
  readonly otherSpecies?: readonly { readonly code: string }[];
}

/**
 * The pieces the piece-code check failed as not on the guide's piece lists or as another species than listed (either way
 * timber no list covers as what it is), one lot per species identified, with their codes and measured dimensions.
 */
export function piecesNotListed({ results, checkedPieces = [], observedLines }: ShipmentScanned['data']): UndeclaredTimber[] {
  const failed = results.find((result) => result.rule === 'PIECES_MATCH' && result.outcome === 'failure' && (result.expected as { listedPieces?: number }).listedPieces !== undefined);
  if (!failed) return [];
  const { undeclared = [], otherSpecies = [] } = failed.observed as PieceCodeFindings;
  const codes = new Set([...undeclared, ...otherSpecies.map((found) => found.code)]);
  // A lot's species is evidence its fine, lineage and certificates read: an unidentified piece is not given a guessed one, and stays a failed check holding the load.
  const identified = checkedPieces.filter((piece): piece is CheckedPiece & { scientificName: string } => codes.has(piece.code) && piece.scientificName !== undefined);
  // Each species under its name as first written, as the observed load names it.
  const species = identified.filter((piece, index) => identified.findIndex((other) => nameKey(other.scientificName) === nameKey(piece.scientificName)) === index).map((piece) => tidyName(piece.scientificName));
  return species.flatMap((name) => {
    const pieces = identified.filter((piece) => nameKey(piece.scientificName) === nameKey(name));
    const m3 = roundVolume(pieces.reduce((sum, piece) => sum + pieceVolume(piece, name, observedLines), 0));
    // A lot must hold some m³: unmeasured pieces of a species the checkpoint saw none of on the truck give none.
    if (m3 <= 0) return [];
    const seizedPieces = pieces.map(({ code, dimensions }) => (dimensions === undefined ? { code } : { code, dimensions }));
    return [{ species: name, pieces: pieces.length, volume: cubicMetres(m3), basis: 'pieces_not_listed' as const, seizedPieces }];
  });
}

/** Measured, as its piece list would have listed it; unmeasured, at its species' average per piece as observed on the truck. */
function pieceVolume(piece: CheckedPiece, species: string, observedLines: ShipmentScanned['data']['observedLines']): number {
  if (piece.dimensions !== undefined) return listedPiece(piece.code, piece.dimensions).volume.value;
  const observed = observedLoad(observedLines).find((load) => load.measure === 'volume' && nameKey(load.name) === nameKey(species));
  return observed && observed.pieces > 0 ? observed.amount / observed.pieces : 0;
}
