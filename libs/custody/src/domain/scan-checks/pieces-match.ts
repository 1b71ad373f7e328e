import { type CheckResult, result } from './check-result.js';
import { matchLoad, totalPieces } from './load-matching.js';
import type { GuidedScan } from './scan-context.js';

/** Check 6: pieces per declared species; extra pieces are undeclared timber, missing ones a surplus on paper. */
export function checkPieces({ scan, facts, guide }: GuidedScan): CheckResult[] {
  const tolerance = facts.thresholds.pieceTolerance;
  return matchLoad(guide.issued, scan.observedLines, facts.species).covers.map(({ declared, carried }) => {
    const pieces = totalPieces(carried);
    const expected = { species: declared.name, pieces: declared.pieces, tolerance };
    const observed = { pieces };
    if (pieces - declared.pieces > tolerance) {
      return result('PIECES_MATCH', 'failure', expected, observed, `${declared.name}: ${pieces} pieces on the truck, ${declared.pieces} declared: ${pieces - declared.pieces} undeclared`);
    }
    if (declared.pieces - pieces > tolerance) {
      return result('PIECES_MATCH', 'warning', expected, observed, `${declared.name}: ${pieces} pieces on the truck, ${declared.pieces} declared`);
    }
    return result('PIECES_MATCH', 'pass', expected, observed, `${declared.name}: the pieces match the guide`);
  });
}
