import type { GuideLine } from '../guide.js';
import { genusOf, isGenusOnly, nameKey } from '../guide.names.js';
import { type CheckedPiece, type ListedPiece, pieceM3 } from '../piece-list.js';
import { type CheckResult, type CheckValue, result } from './check-result.js';
import type { GuidedScan } from './scan-context.js';

interface Listed {
  readonly piece: ListedPiece;
  readonly line: GuideLine;
}

/**
 * Check 6, piece by piece: a checked code the guide's piece lists do not hold is an undeclared piece; a listed code
 * found to be another species, or measured larger than listed beyond the volume tolerance, is not the piece listed.
 */
export function checkPieceCodes({ scan, facts, guide }: GuidedScan): CheckResult[] {
  const checked = scan.checkedPieces ?? [];
  if (checked.length === 0) return [];
  const listed = new Map(guide.issued.lines.flatMap((line) => (line.pieceList ?? []).map((piece): [string, Listed] => [codeKey(piece.code), { piece, line }])));
  const tolerancePercent = facts.thresholds.volumeTolerancePercent;
  const expected = { listedPieces: listed.size, volumeTolerancePercent: tolerancePercent };
  if (listed.size === 0) {
    return [result('PIECES_MATCH', 'warning', expected, { checked: checked.length }, `Guide ${guide.issued.number} lists no pieces: the ${checked.length} pieces checked by code match nothing`)];
  }
  const findings = checked.map((piece) => finding(piece, listed.get(codeKey(piece.code)), tolerancePercent));
  const undeclared = findings.flatMap((found) => (found.kind === 'undeclared' ? [found.code] : []));
  const otherSpecies = findings.flatMap((found) => (found.kind === 'other_species' ? [found.evidence] : []));
  const larger = findings.flatMap((found) => (found.kind === 'larger' ? [found.evidence] : []));
  const smaller = findings.flatMap((found) => (found.kind === 'smaller' ? [found.evidence] : []));
  const observed = { checked: checked.length, undeclared, otherSpecies, larger, smaller };
  const failures = [
    ...(undeclared.length > 0 ? [`not on the piece list: ${undeclared.join(', ')}`] : []),
    ...(otherSpecies.length > 0 ? [`another species than listed: ${otherSpecies.map((found) => found.code).join(', ')}`] : []),
    ...(larger.length > 0 ? [`larger than listed: ${larger.map((found) => found.code).join(', ')}`] : []),
  ];
  if (failures.length > 0) return [result('PIECES_MATCH', 'failure', expected, observed, `Pieces checked by code: ${failures.join('; ')}`)];
  if (smaller.length > 0) return [result('PIECES_MATCH', 'warning', expected, observed, `Pieces checked by code: smaller than listed: ${smaller.map((found) => found.code).join(', ')}`)];
  return [result('PIECES_MATCH', 'pass', expected, observed, `The ${checked.length} pieces checked by code are on the piece list as listed`)];
}

type Finding =
  | { readonly kind: 'undeclared'; readonly code: string }
  | { readonly kind: 'other_species' | 'larger' | 'smaller'; readonly code: string; readonly evidence: { readonly code: string } & Record<string, CheckValue> }
  | { readonly kind: 'as_listed'; readonly code: string };

function finding(piece: CheckedPiece, listed: Listed | undefined, tolerancePercent: number): Finding {
  const { code } = piece;
  if (!listed) return { kind: 'undeclared', code };
  if (piece.scientificName !== undefined && !sameTimber(listed.line.scientificName, piece.scientificName)) {
    return { kind: 'other_species', code, evidence: { code, listed: listed.line.scientificName, found: piece.scientificName } };
  }
  if (piece.dimensions === undefined) return { kind: 'as_listed', code };
  const measured = pieceM3(piece.dimensions);
  const listedM3 = listed.piece.volume.value;
  const evidence = { code, listedM3, measuredM3: Math.round(measured * 1000) / 1000 };
  if (measured > listedM3 * (1 + tolerancePercent / 100)) return { kind: 'larger', code, evidence };
  if (measured < listedM3 * (1 - tolerancePercent / 100)) return { kind: 'smaller', code, evidence };
  return { kind: 'as_listed', code };
}

/** Codes are read off the piece: case and surrounding spaces do not make another piece. */
function codeKey(code: string): string {
  return code.trim().toUpperCase();
}

/** A piece identified only to its genus, or listed so, is the same timber when the genus agrees. */
function sameTimber(listed: string, found: string): boolean {
  if (isGenusOnly(listed) || isGenusOnly(found)) return genusOf(listed) === genusOf(found);
  return nameKey(listed) === nameKey(found);
}
