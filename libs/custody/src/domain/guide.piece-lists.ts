import { isVolume, toCubicMetres, type Volume } from '#shared-kernel';
import type { GuideLine, GuideProductType } from './guide.js';
import { positiveProblems, problem, type Problem, textProblems } from './guide.problems.js';
import type { ListedPiece, PieceShape } from './piece-list.js';

/** Roundwood travels as logs; every other product as sawn pieces. */
export function shapeOf(productType: GuideProductType): PieceShape {
  return productType === 'roundwood' ? 'log' : 'sawn';
}

/** A line's piece list lists its declared pieces, each of the line's shape, and adds up to its volume within this share. */
const VOLUME_AGREEMENT = 0.01;

/** What a guide's piece lists must satisfy: on timber lines only, one entry per declared piece, measured for the line's product, codes unique across the guide, volumes adding up to the line's. */
export function pieceListProblems(lines: readonly GuideLine[]): Problem[] {
  const perLine = lines.flatMap((line, index) => {
    if (!line.pieceList) return [];
    if (line.productType === 'non_timber' || !isVolume(line.volume)) return [problem(`lines[${index}].pieceList`, 'piece_list_not_timber')];
    return lineProblems(line, line.volume, line.pieceList, `lines[${index}]`);
  });
  const codes = lines.flatMap((line, index) => (line.pieceList ?? []).map((piece, n) => ({ path: `lines[${index}].pieceList[${n}]`, code: piece.code })));
  const repeated = codes.filter((entry, index) => codes.findIndex((other) => other.code === entry.code) < index).map((entry) => problem(`${entry.path}.code`, 'duplicate'));
  return [...perLine, ...repeated];
}

function lineProblems(line: GuideLine, volume: Volume, pieces: readonly ListedPiece[], path: string): Problem[] {
  const found = pieces.flatMap((piece, n) => pieceProblems(piece, shapeOf(line.productType), `${path}.pieceList[${n}]`));
  if (pieces.length !== line.pieces) found.push(problem(`${path}.pieceList`, 'piece_list_not_pieces'));
  const listed = pieces.reduce((sum, piece) => sum + piece.volume.value, 0);
  const declared = toCubicMetres(volume);
  if (found.length === 0 && Math.abs(listed - declared) > declared * VOLUME_AGREEMENT) found.push(problem(`${path}.volume`, 'volume_not_piece_list'));
  return found;
}

function pieceProblems(piece: ListedPiece, shape: PieceShape, path: string): Problem[] {
  const { dimensions } = piece;
  if (dimensions.shape !== shape) return [problem(`${path}.dimensions.shape`, shape === 'log' ? 'piece_not_log' : 'piece_not_sawn')];
  const measures = Object.entries(dimensions).filter(([name]) => name !== 'shape') as [string, number][];
  return [...textProblems(`${path}.code`, piece.code), ...measures.flatMap(([name, value]) => positiveProblems(`${path}.dimensions.${name}`, value))];
}
