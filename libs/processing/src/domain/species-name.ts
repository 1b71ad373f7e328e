/** Scientific names are compared as people type them: case and spacing do not matter. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function genusOf(name: string): string {
  return nameKey(name).split(' ')[0] ?? '';
}
