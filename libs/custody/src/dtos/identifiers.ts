// Ids travel in URLs and stream names: visible characters only.

/** Lot ids and guide numbers (`LOT-0001`, `GTF-2026-000123`), facility ids. */
export const LOCAL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export const LOCAL_ID_RULE = 'letters, digits and . _ -, at most 100, starting with a letter or digit';

/** Permit ids keep their slashes (`25-UCA/C-J-001-02`). */
export const PERMIT_ID = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/;
export const PERMIT_ID_RULE = 'letters, digits and . _ / -, at most 100, starting with a letter or digit';

/** A RUC. */
export const TAX_ID = /^\d{11}$/;
export const TAX_ID_RULE = 'a RUC of 11 digits';
