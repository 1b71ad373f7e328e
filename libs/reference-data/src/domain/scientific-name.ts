/** `Cedrela odorata`: a capitalised genus and a lower-case epithet. */
export const BINOMIAL = /^[A-Z][a-z]+ [a-z]+(-[a-z]+)?$/;

/** `Virola`: a genus alone, as a guide may name timber of the genera allowed at genus level. */
export const GENUS = /^[A-Z][a-z]+$/;

/** Names are compared as people type them: case and spacing do not matter. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function genusOf(scientificName: string): string {
  return nameKey(scientificName).split(' ')[0] ?? '';
}
