/** What answered a request: its route's template (`/permits/:permitId`), never the raw URL, so ids do not become labels. */
export function routeLabel(template: string | undefined): string {
  return template ?? 'unmatched';
}
