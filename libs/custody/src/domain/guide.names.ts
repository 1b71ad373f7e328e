// Scientific names are matched as people type them: case and spacing do not matter.

/** `Cedrela odorata`: a capitalised genus and a lower-case epithet. */
const BINOMIAL = /^[A-Z][a-z]+ [a-z]+(-[a-z]+)?$/;

/** `Dipteryx`: a genus alone, as timber of the genera allowed at genus level may be declared. */
const GENUS = /^[A-Z][a-z]+$/;

/** A name as written, spacing tidied and spelling kept. */
export function tidyName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

export function nameKey(name: string): string {
  return tidyName(name).toLowerCase();
}

export function genusOf(name: string): string {
  return nameKey(name).split(' ')[0] ?? '';
}

export function isGenusOnly(name: string): boolean {
  return !nameKey(name).includes(' ');
}

export function isScientificName(name: string): boolean {
  return BINOMIAL.test(tidyName(name)) || GENUS.test(tidyName(name));
}

/** The name a guide line's volume counts against in its plan: its lot's species, the declared name on guides issued before lots' species were kept. */
export function countedName(line: { readonly scientificName: string; readonly lotSpecies?: string }): string {
  return line.lotSpecies ?? line.scientificName;
}

/** Plates are compared without spaces, dashes or case: `ABC-123` is `abc 123`. */
export function plateKey(plate: string): string {
  return plate.replace(/[\s-]/g, '').toUpperCase();
}
