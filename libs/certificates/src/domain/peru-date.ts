/** The calendar date in Peru (UTC−5 all year) of an instant: the day a lineage is judged on. */
export function peruDate(iso: string): string {
  return new Date(Date.parse(iso) - 5 * 3600_000).toISOString().slice(0, 10);
}
