/** One thing wrong with a version's entries, at its path in the version (`entries.3.maxYield`). */
export interface Finding {
  readonly path: string;
  readonly message: string;
}

export function finding(index: number, field: string, message: string): Finding {
  return { path: `entries.${index}.${field}`, message };
}

/** Every entry whose key an earlier entry already has, named against that earlier entry. */
export function duplicateFindings<T>(entries: readonly T[], keyOf: (entry: T) => string, field: string): Finding[] {
  const firstIndex = new Map<string, number>();
  return entries.flatMap((entry, index) => {
    const key = keyOf(entry);
    const earlier = firstIndex.get(key);
    if (earlier === undefined) {
      firstIndex.set(key, index);
      return [];
    }
    return [finding(index, field, `${field} repeats entries.${earlier}`)];
  });
}

export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/** Every item of one entry's list that an earlier item of the same list already names (`entries.2.measures.1`). */
export function repeatedItemFindings(items: readonly string[], index: number, field: string): Finding[] {
  return items.flatMap((item, n) => {
    const earlier = items.indexOf(item);
    return earlier === n ? [] : [finding(index, `${field}.${n}`, `${field}.${n} repeats ${field}.${earlier}`)];
  });
}
