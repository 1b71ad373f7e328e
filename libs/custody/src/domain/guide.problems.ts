import type { Position, Quantity } from '#shared-kernel';
import { isScientificName } from './guide.names.js';
import { isInstant } from './guide.time.js';

// Input a client can fix, reported all at once, each with the path of the field and a stable code.

export const PROBLEM_TEXT = {
  blank: 'must not be blank',
  not_a_tax_id: 'must be an 11-digit RUC',
  not_an_instant: 'must be an ISO-8601 date-time with its offset',
  expiry_not_after_issue: 'must be after issuedAt',
  expired_before_recording: 'must not have passed when the guide is recorded',
  before_issue: 'must not be before the guide was issued',
  in_the_future: 'must not be in the future',
  recorded_before_observed: 'must not be before observedAt',
  no_vehicle: 'must name at least one vehicle plate',
  no_lots: 'must name at least one lot',
  not_on_guide: 'must be a lot the guide carries',
  after_expiry: 'must be before the guide expires',
  no_lines: 'must hold at least one line',
  duplicate: 'repeats an earlier entry',
  not_a_scientific_name: 'must be a binomial ("Cedrela odorata") or a genus ("Dipteryx")',
  volume_not_positive: 'must be a volume or weight of more than 0',
  volume_negative: 'must be a volume or weight of 0 or more',
  pieces_not_positive: 'must be a whole number of pieces, at least one',
  pieces_negative: 'must be a whole number of pieces, 0 or more',
  not_a_position: 'must be [longitude, latitude] within [-180, 180] and [-90, 90]',
  not_positive: 'must be more than 0',
  negative: 'must not be negative',
  arrival_window_inverted: 'earliest arrival must not be after latest arrival',
  arrival_not_increasing: 'must be later than the previous checkpoint’s',
  arrival_after_expiry: 'must fall before the guide expires',
  not_this_checkpoint: 'must describe the checkpoint scanned',
  piece_list_not_pieces: 'must list as many pieces as the line declares',
  volume_not_piece_list: 'must be the sum of its piece list’s volumes, within 1 %',
  piece_not_log: 'must be `log`: roundwood is listed by end diameters and length',
  piece_not_sawn: 'must be `sawn`: products other than roundwood are listed by section and length',
  piece_list_not_timber: 'is for timber only: a product traded by weight has no piece list',
} as const;

export type ProblemCode = keyof typeof PROBLEM_TEXT;

export interface Problem {
  readonly path: string;
  readonly code: ProblemCode;
}

export function describeProblems(problems: readonly Problem[]): string {
  return problems.map(({ path, code }) => `${path} ${PROBLEM_TEXT[code]}`).join('; ');
}

export function problem(path: string, code: ProblemCode): Problem {
  return { path, code };
}

export function textProblems(path: string, value: string): Problem[] {
  return value.trim() === '' ? [problem(path, 'blank')] : [];
}

export function taxIdProblems(path: string, value: string): Problem[] {
  return /^\d{11}$/.test(value) ? [] : [problem(path, 'not_a_tax_id')];
}

export function instantProblems(path: string, value: string): Problem[] {
  return isInstant(value) ? [] : [problem(path, 'not_an_instant')];
}

export function positionProblems(path: string, [lon, lat]: Position): Problem[] {
  return Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [] : [problem(path, 'not_a_position')];
}

export function nameProblems(path: string, value: string): Problem[] {
  return isScientificName(value) ? [] : [problem(path, 'not_a_scientific_name')];
}

/** Declared quantities are more than zero; observed ones may be zero (nothing of it on the truck). */
export function volumeProblems(path: string, { value }: Quantity, allowZero = false): Problem[] {
  if (Number.isFinite(value) && (allowZero ? value >= 0 : value > 0)) return [];
  return [problem(path, allowZero ? 'volume_negative' : 'volume_not_positive')];
}

export function piecesProblems(path: string, pieces: number, allowZero = false): Problem[] {
  if (Number.isInteger(pieces) && pieces >= (allowZero ? 0 : 1)) return [];
  return [problem(path, allowZero ? 'pieces_negative' : 'pieces_not_positive')];
}

export function positiveProblems(path: string, value: number): Problem[] {
  return Number.isFinite(value) && value > 0 ? [] : [problem(path, 'not_positive')];
}

export function notNegativeProblems(path: string, value: number): Problem[] {
  return Number.isFinite(value) && value >= 0 ? [] : [problem(path, 'negative')];
}

/** Entries whose key repeats an earlier one. */
export function duplicateProblems(path: string, keys: readonly string[]): Problem[] {
  return keys.flatMap((key, index) => (keys.indexOf(key) < index ? [problem(`${path}[${index}]`, 'duplicate')] : []));
}
