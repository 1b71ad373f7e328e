/** Positions of the items in observation order; items observed at the same instant keep the order they were sent in. */
export function observationOrder(items: readonly { readonly index: number; readonly observedAt: string }[]): number[] {
  return [...items].sort((a, b) => Date.parse(a.observedAt) - Date.parse(b.observedAt) || a.index - b.index).map((item) => item.index);
}
