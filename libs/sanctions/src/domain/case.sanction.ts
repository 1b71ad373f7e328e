import { exact } from './fine/exact.js';
import type { ChargedConduct } from './case.js';
import { InvalidCaseStep } from './case.errors.js';

/**
 * A sanction stays within what the charges allow: its fine inside the band of one of the conducts charged (the
 * widest reaches from the lowest minimum to the highest maximum), its measures among theirs.
 */
export function mustBeWithinCharges(caseId: string, conducts: readonly ChargedConduct[], fineUit: string | undefined, measures: readonly string[]): void {
  if (fineUit !== undefined) {
    const fine = exact(fineUit);
    const within = conducts.some(({ fineUit: band }) => fine.gte(exact(band.min)) && fine.lte(exact(band.max)));
    const bands = conducts.map(({ code, fineUit: band }) => `${code}: ${band.min}–${band.max}`).join('; ');
    if (!within) throw new InvalidCaseStep(caseId, 'fineUit', `${fineUit} UIT lies outside the band of every conduct charged (${bands})`);
  }
  const allowed = new Set(conducts.flatMap((conduct) => conduct.measures));
  const other = measures.filter((measure) => !allowed.has(measure));
  if (other.length > 0) throw new InvalidCaseStep(caseId, 'measures', `${other.join(', ')} not among the measures of the conducts charged (${[...allowed].join(', ') || 'none'})`);
}
