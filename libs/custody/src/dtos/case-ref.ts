/** An infraction case reference, e.g. `INF-2026-0042`. */
export const CASE_REF = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,79}$/;
export const CASE_REF_RULE = 'letters, digits and . _ / -, at most 80, starting with a letter or digit';
