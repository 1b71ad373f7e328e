/** Scientific names as written: spacing tidied, spelling kept. */
export function tidySpeciesName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** Names match as people type them: case and spacing do not matter. */
export function sameSpecies(a: string, b: string): boolean {
  return tidySpeciesName(a).toLowerCase() === tidySpeciesName(b).toLowerCase();
}
