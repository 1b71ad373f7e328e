/** One change a shipped file makes to the version before it: the entry whose fields equal `match` takes the fields of `set`. */
export interface Amendment {
  readonly match: Readonly<Record<string, unknown>>;
  readonly set: Readonly<Record<string, unknown>>;
}

/**
 * The previous version's entries with each amendment applied, in order. An amendment must name exactly one entry:
 * a listing that amends nothing, or several entries at once, is a mistake in the file, not a no-op.
 */
export function amendedEntries(previous: readonly object[], amendments: readonly Amendment[]): object[] {
  return amendments.reduce<object[]>((entries, amendment, index) => {
    const matching = entries.flatMap((entry, at) => (matches(entry, amendment.match) ? [at] : []));
    if (matching.length !== 1) throw new Error(`amends.${index} matches ${matching.length} entries, not one: ${JSON.stringify(amendment.match)}`);
    return entries.map((entry, at) => (at === matching[0] ? { ...entry, ...amendment.set } : entry));
  }, [...previous]);
}

function matches(entry: object, match: Readonly<Record<string, unknown>>): boolean {
  const fields = entry as Readonly<Record<string, unknown>>;
  return Object.entries(match).every(([field, value]) => fields[field] === value);
}
