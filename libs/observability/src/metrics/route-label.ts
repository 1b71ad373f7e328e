/** What answered a request: its route's template (`/permits/:permitId`), never the raw URL, so ids do not become labels. */
export function routeLabel(route: { readonly path?: unknown } | undefined): string {
  return typeof route?.path === 'string' ? route.path : 'unmatched';
}
