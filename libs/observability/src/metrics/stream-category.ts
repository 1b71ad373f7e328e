/** A stream's category: its id up to the first `-` (`lot-…` → `lot`), so labels stay few whatever the ids. */
export function streamCategory(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash === -1 ? streamId : streamId.slice(0, dash);
}
